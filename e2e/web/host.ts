import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureServerBundle } from '../../scripts/server-bundle.mjs';
import { e2eClockOffsetMs, HOST_CLOCK_ENV } from './clock';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_DIR = path.join(REPO_ROOT, 'out', 'renderer');

/** How long a host may take to start; a hook that starts one needs more than this (HOST_HOOK_MS). */
const HOST_START_MS = 90_000;
export const HOST_HOOK_MS = HOST_START_MS + 30_000;

export interface RunningHost {
  url: string;
  dataDir: string;
  /** `keepData`: leave the data directory for a host started again on it (a restart). */
  stop(opts?: { keepData?: boolean }): Promise<void>;
}

export interface HostOptions {
  demo?: boolean;
  /** An existing data directory (a restart); default a fresh temp one. */
  dataDir?: string;
  /** Default 0 (a free port); a restart takes the port it had. */
  port?: number;
  /** LAN mode on the loopback address: every request needs a token, as on a wall PC. */
  lan?: boolean;
}

/**
 * The browser host as a user would run it (`npm run serve`), as a child process on a
 * fresh temp data directory and a free port, serving the BUILT renderer. A child keeps
 * better-sqlite3 out of Playwright's worker and makes each test file start from nothing.
 */
export async function startHost(opts: HostOptions = {}): Promise<RunningHost> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` before the web e2e suite');
  }
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'duty-room-e2e-'));
  // The bundled host, as `npm run serve` runs it; rebuilt here if a source is newer.
  const args = [await ensureServerBundle(), '--data', dataDir, '--port', String(opts.port ?? 0)];
  if (opts.demo) args.push('--demo');
  if (opts.lan) args.push('--host', '127.0.0.1', '--lan');
  // The e2e runs check every answer against the contract, as the unit tests do, and run
  // at the run's hour, not the machine's (clock.ts).
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DUTY_ROOM_CHECK_OUTPUTS: '1', [HOST_CLOCK_ENV]: String(e2eClockOffsetMs()) },
  });

  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    // Loading the demo county takes seconds alone and far longer on a machine shared with builds.
    const timer = setTimeout(
      () => reject(new Error(`host did not start in ${HOST_START_MS / 1000} s:\n${output}`)),
      HOST_START_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = /Duty Room is running: (http:\/\/[^\s/]+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code} before it was ready:\n${output}`));
    });
  });

  return {
    url,
    dataDir,
    stop: (o) => stopChild(child, o?.keepData ? null : dataDir),
  };
}

async function stopChild(child: ChildProcess, dataDir: string | null): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, 8000).unref());
    await Promise.race([exited, timeout]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
