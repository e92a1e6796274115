// maplibre 6 is ESM only, with no default export; its worker is a file of its own,
// served from the app (worker-src 'self', text/javascript), never a blob.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);

export { maplibregl };
