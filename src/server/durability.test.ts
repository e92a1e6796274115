import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { exclusive, freePort, spawnCli, waitHealthy, type CliProcess } from './cli-process';
import { tempDir } from './testkit';

/*
 * The bar (ARCHITECTURE.md §1, "acknowledged writes survive"): killing the server with SIGKILL
 * in the middle of a burst of writes loses no write whose response was received.
 * 20 kill/restart cycles; after each, acknowledged ⊆ stored and integrity_check is ok.
 */

const CYCLES = 20;
const IN_FLIGHT = 8;
const PREFIX = 'dur-';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function api(port: number, method: string, input: unknown, token?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; value?: unknown };
}

/** What is on disk after the kill, read the way an auditor would: read-only, straight from SQLite. */
function inspect(file: string): { integrity: string; names: Set<string> } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const rows = db.prepare('SELECT name FROM operators WHERE name LIKE ?').all(`${PREFIX}%`) as {
      name: string;
    }[];
    return { integrity, names: new Set(rows.map((r) => r.name)) };
  } finally {
    db.close();
  }
}

describe('durability under SIGKILL', () => {
  it(`loses no acknowledged write over ${CYCLES} kill/restart cycles`, { timeout: 180_000 }, async () => {
    const data = path.join(tempDir('duty-room-durability-'), 'data');
    const dbFile = path.join(data, 'duty-room.db');
    const port = await freePort();
    const acked = new Set<string>();
    let attempted = 0;
    let token: string | undefined;
    const started = Date.now();

    const running: CliProcess[] = [];
    const boot = async (demo: boolean): Promise<CliProcess> => {
      // `node --import tsx`: the server is the spawned process itself, so SIGKILL hits it
      // (through npx/tsx the signal would reach a wrapper and orphan the server).
      const cli = spawnCli(['--data', data, '--port', String(port), ...(demo ? ['--demo'] : [])], 'node');
      running.push(cli);
      await waitHealthy(port, cli.spawnedAt, 30_000);
      return cli;
    };

    try {
      const runCycle = async (cycle: number) => {
        const cli = await boot(cycle === 0);
        if (!token) {
          const ops = await api(port, 'operators.list', {});
          const admin = (ops.value as { id: string; role: string }[]).find((o) => o.role === 'admin')!;
          const signIn = await api(port, 'auth.signIn', { operatorId: admin.id, pin: '0000' });
          token = (signIn.value as { token: string }).token;
        }

        let stop = false;
        let n = 0;
        const writer = async () => {
          while (!stop) {
            const name = `${PREFIX}${cycle}-${n++}`;
            attempted++;
            try {
              const res = await api(port, 'operators.create', { name, role: 'duty_officer' }, token);
              if (res.ok) acked.add(name);
            } catch {
              // The server died with this request in flight: not acknowledged, may or may not be stored.
            }
          }
        };
        const writers = Array.from({ length: IN_FLIGHT }, writer);
        await sleep(50 + Math.random() * 250);
        stop = true;
        process.kill(cli.child.pid!, 'SIGKILL');
        expect((await cli.exited).signal).toBe('SIGKILL');
        await Promise.all(writers);

        const { integrity, names } = inspect(dbFile);
        expect(integrity, `cycle ${cycle}`).toBe('ok');
        const lost = [...acked].filter((a) => !names.has(a));
        expect(lost, `cycle ${cycle}: acknowledged but not stored`).toEqual([]);
      };
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        // A cycle at a time holds the slot cli.test.ts times its start-up in; between
        // cycles it may take it, so neither test skews the other's figures.
        await exclusive(() => runCycle(cycle));
        await sleep(100);
      }

      // One last start: the audit hash chain survived the kills too.
      const cli = await boot(false);
      const verify = await api(port, 'audit.verify', {}, token);
      expect(verify).toMatchObject({ ok: true, value: { ok: true } });
      const { names } = inspect(dbFile);
      process.kill(cli.child.pid!, 'SIGTERM');
      expect((await cli.exited).code).toBe(0);

      console.log(
        `[durability] ${CYCLES} SIGKILL cycles in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
          `${attempted} writes attempted, ${acked.size} acknowledged, ${names.size} stored, 0 acknowledged writes lost`,
      );
      expect(acked.size).toBeGreaterThan(CYCLES);
      expect(names.size).toBeGreaterThanOrEqual(acked.size);
    } finally {
      // A failed cycle must not leave a server behind.
      for (const c of running) if (c.child.exitCode === null && c.child.signalCode === null) c.killAll();
    }
  });
});
