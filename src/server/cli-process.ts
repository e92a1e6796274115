/* Spawning the CLI for the server's process tests (cli.test.ts, durability.test.ts). Not used at run time. */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = 'src/server/cli.ts';
/** What `npm run serve` runs: the bundled host, rebuilt first when a source is newer. */
export const SERVE = 'scripts/serve.mjs';

export interface CliProcess {
  child: ChildProcess;
  /** When spawn() was called (ms, Date.now()). */
  spawnedAt: number;
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The server's own pid, as it prints it (under npx it is a grandchild of `child`). */
  serverPid(timeoutMs?: number): Promise<number>;
  /** SIGKILLs the whole process group (npx, tsx and the server): for cleanup after a failed test. */
  killAll(): void;
}

/**
 * `npx`: exactly what `npm run serve` runs (npm -> tsx -> node). `node`: the server as a
 * single process (`node --import tsx`), for tests that SIGKILL it: a signal sent to a
 * wrapper would orphan the server instead of killing it.
 */
export function spawnCli(
  args: string[],
  how: 'npx' | 'node' = 'node',
  env: NodeJS.ProcessEnv = {},
): CliProcess {
  const spawnedAt = Date.now();
  // detached: a process group of its own, so a failed test can take down npx's whole tree.
  const options: SpawnOptions = {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
    detached: true,
  };
  // Both ways run what `npm run serve` runs: scripts/serve.mjs, which imports the bundled
  // host in-process (one process: a signal reaches the server itself). `npx` goes
  // through npm's own launcher first, as a user's command line does.
  const child =
    how === 'npx'
      ? spawn('npm', ['run', '--silent', 'serve', '--', ...args], options)
      : spawn(process.execPath, [SERVE, ...args], options);
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    spawnedAt,
    killAll() {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    },
    stdout: () => out,
    stderr: () => err,
    exited,
    async serverPid(timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const m = /pid: (\d+)/.exec(out);
        if (m) return Number(m[1]);
        if (Date.now() > until || child.exitCode !== null) throw new Error(`no pid printed\n${out}\n${err}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Polls /api/health until it answers ok; returns the ms since `since`. */
export async function waitHealthy(port: number, since: number, timeoutMs = 15_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok && ((await res.json()) as { ok?: boolean }).ok === true) return Date.now() - since;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`no healthy answer on port ${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const LOCK_DIR = path.join(
  os.tmpdir(),
  `duty-room-cli-tests-${createHash('sha1').update(REPO_ROOT).digest('hex').slice(0, 8)}.lock`,
);

function holderAlive(): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(LOCK_DIR, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: alive but not ours. No pid file yet: the holder is between mkdir and write.
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EPERM' || code === 'ENOENT';
  }
}

/**
 * Runs `fn` while no other test process runs one: the start-up timing of cli.test.ts
 * must not be measured while durability.test.ts (in the other vitest worker) is busy
 * spawning and killing servers on the same two cores.
 */
export async function exclusive<T>(fn: () => Promise<T>, timeoutMs = 120_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      break;
    } catch {
      if (!holderAlive()) fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      else if (Date.now() > until) throw new Error(`${LOCK_DIR} held for over ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  fs.writeFileSync(path.join(LOCK_DIR, 'pid'), String(process.pid));
  try {
    return await fn();
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}
