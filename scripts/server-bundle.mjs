// The browser host as one JavaScript file (out/server/cli.mjs), bundled from
// src/server/cli.ts with esbuild: node starts it in a fraction of the time tsx needs to
// compile every module on the fly. npm packages stay external (better-sqlite3 is native).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = path.join(REPO, 'out', 'server', 'cli.mjs');
const SOURCES = ['src/server', 'src/core', 'src/common'].map((d) => path.join(REPO, d));

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

export function bundleIsFresh() {
  if (!fs.existsSync(BUNDLE)) return false;
  const built = fs.statSync(BUNDLE).mtimeMs;
  return SOURCES.every((d) => newestSource(d) <= built);
}

export async function buildServerBundle() {
  await build({
    entryPoints: [path.join(REPO, 'src/server/cli.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

export async function ensureServerBundle() {
  if (!bundleIsFresh()) await buildServerBundle();
  return BUNDLE;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await buildServerBundle();
  process.stdout.write(`built ${path.relative(REPO, BUNDLE)}\n`);
}
