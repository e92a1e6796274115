import fs from 'node:fs';
import path from 'node:path';
import { generateGeography, geographyToGeoJson } from './geography';

/**
 * `npm run demo -- --out resources/demo` writes the demo county's geography as GeoJSON.
 * The shipped file is checked against the generator by a test, so they never drift.
 */
export function writeDemoResources(outDir: string): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'county.geojson');
  fs.writeFileSync(file, JSON.stringify(geographyToGeoJson(generateGeography()), null, 0) + '\n');
  return [file];
}

if (process.argv[1] && /demo[\\/]cli\.ts$/.test(process.argv[1])) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? process.argv[i + 1]! : 'resources/demo';
  for (const f of writeDemoResources(out)) process.stdout.write(`wrote ${f}\n`);
}
