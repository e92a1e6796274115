// `npm run test:e2e:hours -- [spec ...]`: the web e2e specs at several fixed hours of the
// day, one run after another (e2e/web/clock.ts sets the host's, the pages' and the
// tests' clocks to the hour). Default: the suites whose screens depend most on the hour
// (the wall, the handover sheet) at 00:10, 08:25, 16:03 and 23:55 Asia/Shanghai;
// `-- e2e/web` runs the whole web suite at each. Needs `npm run build` first, like
// `npm run test:e2e`. DUTY_ROOM_E2E_HOURS="HH:MM,…" picks other hours.
import { spawn } from 'node:child_process';

const hours = (process.env.DUTY_ROOM_E2E_HOURS ?? '00:10,08:25,16:03,23:55')
  .split(',')
  .map((h) => h.trim())
  .filter(Boolean);
const specs = process.argv.slice(2);
const chosen = specs.length
  ? specs
  : [
      'e2e/web/clock.spec.ts',
      'e2e/web/wall.spec.ts',
      'e2e/web/wall-display.spec.ts',
      'e2e/web/wall-sound.spec.ts',
      'e2e/web/handover.spec.ts',
    ];

/** Runs one hour's suite, its output shown as it comes and kept for the counts. */
function runAt(at) {
  const env = { ...process.env, DUTY_ROOM_E2E_AT: at };
  // Each run fixes its own offset from its hour.
  delete env.DUTY_ROOM_E2E_OFFSET_MS;
  return new Promise((resolve) => {
    const child = spawn('npx', ['playwright', 'test', '--project=web', ...chosen], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const keep = (stream) => (chunk) => {
      out += chunk.toString('utf8');
      stream.write(chunk);
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** Playwright's closing counts ("12 passed", "1 failed", ...). */
const count = (out, what) => Number(new RegExp(`^\\s*(\\d+) ${what}\\b`, 'm').exec(out)?.[1] ?? 0);

const results = [];
for (const at of hours) {
  process.stdout.write(`\n=== web e2e at ${at} (Asia/Shanghai): ${chosen.join(' ')}\n`);
  const started = Date.now();
  const { code, out } = await runAt(at);
  results.push({
    at,
    ok: code === 0,
    passed: count(out, 'passed'),
    failed: count(out, 'failed'),
    flaky: count(out, 'flaky'),
    skipped: count(out, 'skipped'),
    minutes: ((Date.now() - started) / 60_000).toFixed(1),
  });
}

process.stdout.write('\nhour   result  passed  failed  flaky  skipped  minutes\n');
for (const r of results)
  process.stdout.write(
    `${r.at}  ${r.ok ? 'passed' : 'FAILED'}  ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ` +
      `${String(r.flaky).padStart(5)}  ${String(r.skipped).padStart(7)}  ${r.minutes.padStart(7)}\n`,
  );
process.exit(results.every((r) => r.ok) ? 0 : 1);
