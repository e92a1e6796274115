// `npm run serve -- [flags]`: the browser host (src/server/cli.ts). Runs the bundled
// build, rebuilt first if any source is newer; flags are the CLI's own.
import { pathToFileURL } from 'node:url';
import { ensureServerBundle } from './server-bundle.mjs';

const bundle = await ensureServerBundle();
await import(pathToFileURL(bundle).href);
