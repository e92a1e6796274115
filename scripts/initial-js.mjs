// The renderer's initial JavaScript: what index.html loads before anything is shown (its
// entry script and every chunk it preloads), gzip-compressed as it travels over the LAN.
// Run at the end of `npm run build`; prints the figure and the largest initial chunks and
// writes them into bench/out/results.json under `build.initial_js` (target ≤ 350 KiB).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const REPO = path.resolve(import.meta.dirname, '..');
const RENDERER = path.join(REPO, 'out', 'renderer');
export const TARGET_KIB = 350;

/** The initial chunks of a built renderer: sizes raw and gzipped, largest first. */
export function initialJs(dir = RENDERER) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const chunks = [...new Set(files)].map((f) => {
    const body = fs.readFileSync(path.join(dir, f));
    return { file: path.basename(f), raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
  });
  chunks.sort((a, b) => b.gzip - a.gzip);
  return chunks;
}

const kib = (n) => Math.round((n / 1024) * 10) / 10;

function main() {
  const chunks = initialJs();
  const gzip = chunks.reduce((s, c) => s + c.gzip, 0);
  const raw = chunks.reduce((s, c) => s + c.raw, 0);
  const result = {
    chunks: chunks.length,
    raw_kib: kib(raw),
    gzip_kib: kib(gzip),
    target_gzip_kib: TARGET_KIB,
    within_target: gzip <= TARGET_KIB * 1024 ? 'yes' : 'no',
    largest: chunks
      .slice(0, 5)
      .map((c) => `${c.file.replace(/-[\w-]{8}\.js$/, '')} ${kib(c.gzip)}`)
      .join(', '),
  };
  console.log(
    `initial JS: ${result.gzip_kib} KiB gzip (${result.raw_kib} KiB raw) in ${chunks.length} chunks; target ≤ ${TARGET_KIB} KiB; largest: ${result.largest}`,
  );
  const outDir = path.join(REPO, 'bench', 'out');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'results.json');
  const previous = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  fs.writeFileSync(file, JSON.stringify({ ...previous, 'build.initial_js': result }, null, 2) + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) main();
