import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { tempDir } from '../src/core/testing';
import { round, type Bench } from './harness';

const repo = path.resolve(import.meta.dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Spawns a command and returns ms until GET /api/health (or `/`) answers 200; then kills it. */
async function timeToHealthy(cmd: string, args: string[], port: number, urlPath: string): Promise<number> {
  const t0 = performance.now();
  const child = spawn(cmd, args, { cwd: repo, stdio: 'ignore', detached: true });
  try {
    for (;;) {
      if (performance.now() - t0 > 60_000) throw new Error(`${cmd} did not answer within 60 s`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}${urlPath}`);
        if (res.ok) return performance.now() - t0;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}

/**
 * server.start: `npm run serve -- --demo` on an empty data directory (npm, node, the bundle,
 * migrations, the demo county with its 90 days of history, listening) until
 * /api/health answers, against a bare `node` HTTP server spawned the same way.
 * The bar: health within 2 s of start on this 2-core machine.
 */
export const serverStart: Bench = {
  name: 'server.start',
  description: 'npm run serve -- --demo (empty dir) until /api/health answers, vs a bare node http server',
  async run() {
    const app: number[] = [];
    const plain: number[] = [];
    const appNoDemo: number[] = [];
    for (let i = 0; i < 3; i++) {
      let port = await freePort();
      app.push(
        await timeToHealthy(
          'npm',
          [
            'run',
            '--silent',
            'serve',
            '--',
            '--data',
            path.join(tempDir('bench-start-'), 'd'),
            '--port',
            String(port),
            '--demo',
          ],
          port,
          '/api/health',
        ),
      );
      port = await freePort();
      appNoDemo.push(
        await timeToHealthy(
          process.execPath,
          ['scripts/serve.mjs', '--data', path.join(tempDir('bench-start-'), 'd'), '--port', String(port)],
          port,
          '/api/health',
        ),
      );
      port = await freePort();
      plain.push(
        await timeToHealthy(
          process.execPath,
          ['-e', `require('http').createServer((q,s)=>s.end('ok')).listen(${port},'127.0.0.1')`],
          port,
          '/',
        ),
      );
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    return {
      runs: 3,
      demo_median_ms: round(median(app), 0),
      demo_min_ms: round(Math.min(...app), 0),
      no_npm_no_demo_median_ms: round(median(appNoDemo), 0),
      baseline_median_ms: round(median(plain), 0),
      ratio: round(median(app) / median(plain), 2),
      target: 'health within 2000 ms with --demo',
    };
  },
};
