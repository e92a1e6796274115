// The baseline of the map.load benchmark: maplibre alone, with the app's own style,
// icons and data (the same API call), and nothing else: no React, no antd, no app shell.
import { fontFaces } from '../../src/renderer/src/map/fonts';
import { addIcons, loadIcons } from '../../src/renderer/src/map/icons';
import { maplibregl } from '../../src/renderer/src/map/maplibre';
import { buildStyle, countyExtent, type CountyBasemap, type MapData } from '../../src/renderer/src/map/style';
import type { BasemapInfo } from '../../src/common/contract/map';
import './bare.css';

async function call<T>(method: string, input: unknown): Promise<T> {
  // Reads take a session, as the app's own page has (the bench signs in for both).
  const token = sessionStorage.getItem('duty-room.operator-token');
  const res = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
  });
  return ((await res.json()) as { value: T }).value;
}

async function main() {
  const el = document.getElementById('map')!;
  const [data, county, basemap, icons] = await Promise.all([
    call<MapData>('map.layers', {}),
    call<CountyBasemap>('geo.basemap', {}),
    call<BasemapInfo>('map.basemap', {}),
    loadIcons(),
  ]);
  const map = new maplibregl.Map({
    container: el,
    style: buildStyle({ county, basemap, origin: window.location.origin, fontFaces: fontFaces(), data }),
    bounds: countyExtent(county) ?? [111.2, 27.2, 111.85, 27.72],
    fitBoundsOptions: { padding: 24 },
    attributionControl: false,
    localIdeographFontFamily: false,
  });
  addIcons(map, icons);
  map.once('idle', () => {
    el.dataset.firstIdleMs = String(Math.round(performance.now()));
    el.dataset.mapState = 'idle';
  });
}

void main();
