import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { CSP_NONCE_PLACEHOLDER } from '../common/csp';
import { exclusive, freePort, spawnCli, waitHealthy, type CliProcess } from './cli-process';
import { tempDir } from './testkit';

const DB = 'duty-room.db';

function staticFixture(): string {
  const dir = tempDir('duty-room-cli-static-');
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html><head><script type="module" src="/assets/a-12345678.js" nonce="${CSP_NONCE_PLACEHOLDER}"></script></head><body><div id="root"></div></body></html>`,
  );
  return dir;
}

function integrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

describe('npm run serve (src/server/cli.ts)', () => {
  const spawned: CliProcess[] = [];
  const cli = (...a: Parameters<typeof spawnCli>) => {
    const c = spawnCli(...a);
    spawned.push(c);
    return c;
  };
  // Whatever a failed assertion left running goes down with its whole process tree.
  afterEach(() => {
    for (const c of spawned.splice(0))
      if (c.child.exitCode === null && c.child.signalCode === null) c.killAll();
  });

  it(
    'answers /api/health after start with --demo, serves the app, and stops cleanly on SIGTERM',
    { timeout: 90_000 },
    async () => {
      // The start-up time is a figure, not an assertion (speed lives in bench/: `npm run
      // bench -- server.start` against a bare node server); here it is printed.
      let server: CliProcess | null = null;
      const data = path.join(tempDir(), 'data');
      const port = await freePort();
      let figure = 0;
      // exclusive(): not while durability.test.ts spawns and kills servers in the other worker.
      await exclusive(async () => {
        server = cli(['--data', data, '--port', String(port), '--demo', '--static', staticFixture()], 'npx');
        figure = await waitHealthy(port, server.spawnedAt);
      });
      console.log(
        `[cli] /api/health answered ok ${Math.round(figure)} ms after spawn (npm run serve, --demo on an empty dir)`,
      );

      const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as Record<
        string,
        unknown
      >;
      expect(health).toMatchObject({ ok: true, initialized: true });

      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const nonce = /'nonce-([^']+)'/.exec(page.headers.get('content-security-policy') ?? '')?.[1];
      expect(nonce).toBeTruthy();
      expect(await page.text()).toContain(`nonce="${nonce}"`);

      // The demo county is there: its admin can sign in.
      const ops = (await (
        await fetch(`http://127.0.0.1:${port}/api/operators.list`, { method: 'POST', body: '{}' })
      ).json()) as { value: { role: string }[] };
      const operators = ops.value.length;
      expect(ops.value.some((o) => o.role === 'admin')).toBe(true);

      expect(server!.stdout()).toContain(`http://127.0.0.1:${port}/`);
      process.kill(await server!.serverPid(), 'SIGTERM');
      const { code } = await server!.exited;
      expect(code, server!.stderr()).toBe(0);
      expect(server!.stderr()).toContain('stopped cleanly');
      // A clean close checkpoints and removes the WAL: nothing was left half-written.
      // (Checked first: opening the file to check it, even read-only, makes a new WAL.)
      expect(fs.existsSync(path.join(data, DB + '-wal'))).toBe(false);
      expect(integrity(path.join(data, DB))).toBe('ok');

      // --demo on a data directory that is already set up changes nothing; SIGINT stops it too.
      const again = cli(['--data', data, '--port', String(port), '--demo']);
      await waitHealthy(port, again.spawnedAt);
      const after = (await (
        await fetch(`http://127.0.0.1:${port}/api/operators.list`, { method: 'POST', body: '{}' })
      ).json()) as { value: unknown[] };
      expect(after.value).toHaveLength(operators);
      expect(again.stderr()).toContain('already initialized');
      // No --static and no build in a unit-test checkout is fine: the API runs, `/` says how to build.
      expect(again.stdout()).toMatch(/npm run build|Duty Room is running/);
      process.kill(await again.serverPid(), 'SIGINT');
      expect((await again.exited).code).toBe(0);
      expect(integrity(path.join(data, DB))).toBe('ok');
    },
  );

  it('exits 2 with a message in both languages on a bad port', async () => {
    const c = cli(['--data', tempDir(), '--port', '99999']);
    expect((await c.exited).code).toBe(2);
    expect(c.stderr()).toContain('端口无效');
    expect(c.stderr()).toContain('invalid port');
  });

  it('exits 2 on a test clock offset that is not whole milliseconds, rather than run at a wrong time', async () => {
    const c = cli(['--data', tempDir(), '--port', '0'], 'node', { DUTY_ROOM_TEST_CLOCK_OFFSET_MS: '16:03' });
    expect((await c.exited).code).toBe(2);
    expect(c.stderr()).toContain('DUTY_ROOM_TEST_CLOCK_OFFSET_MS 无效（“16:03”）');
    expect(c.stderr()).toContain('must be a whole number of milliseconds');
  });

  it('exits 2 for --lan without --host', async () => {
    const c = cli(['--data', tempDir(), '--lan']);
    expect((await c.exited).code).toBe(2);
    expect(c.stderr()).toContain('--lan requires --host');
  });

  it('exits 2 when the data directory cannot be used', async () => {
    const file = path.join(tempDir(), 'not-a-dir');
    fs.writeFileSync(file, 'x');
    const c = cli(['--data', path.join(file, 'sub'), '--port', '0']);
    expect((await c.exited).code).toBe(2);
    expect(c.stderr()).toContain('无法创建数据目录');
    expect(c.stderr()).toContain('cannot create the data directory');
  });

  it('exits 2 when the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const c = cli(['--data', tempDir(), '--port', String(port)]);
      expect((await c.exited).code).toBe(2);
      expect(c.stderr()).toContain('端口已被占用');
      expect(c.stderr()).toContain('address already in use');
    } finally {
      blocker.close();
    }
  });

  it('exits 3 on a database written by a newer app, leaving it untouched', async () => {
    const data = tempDir();
    const file = path.join(data, DB);
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const before = fs.readFileSync(file);
    const c = cli(['--data', data, '--port', '0']);
    expect((await c.exited).code).toBe(3);
    expect(c.stderr()).toContain('数据库版本');
    expect(c.stderr()).toContain('newer than this app');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('uses DUTY_ROOM_DATA when --data is not given', async () => {
    const data = path.join(tempDir(), 'from-env');
    const port = await freePort();
    const c = cli(['--port', String(port)], 'node', { DUTY_ROOM_DATA: data });
    await waitHealthy(port, c.spawnedAt);
    expect(c.stdout()).toContain(data);
    process.kill(await c.serverPid(), 'SIGTERM');
    expect((await c.exited).code).toBe(0);
    expect(fs.existsSync(path.join(data, DB))).toBe(true);
  });
});
