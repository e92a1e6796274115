import { ensureServerBundle } from './scripts/server-bundle.mjs';

/** Tests that start the browser host run the bundled file, as `npm run serve` does: build it once, first. */
export default async function setup(): Promise<void> {
  await ensureServerBundle();
}
