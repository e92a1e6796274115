import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { foldMethods } from '../common/areas/define';
import { commonAreas } from '../common/areas';
import { silentLogger, type Actor } from '../core';
import { tempDir } from '../core/testing';
import { startCoreProcess, type CoreChild, type CoreProcess, type CoreStatus } from './core-process';
import { forkNodeCoreChild } from './node-core-child';

/*
 * The core's process for real: core-child.ts started as a Node child (Electron's
 * utilityProcess is the same script with another port), killed hard in the middle of
 * the day, restarted by the supervisor. An acknowledged write is still there.
 */

const children: ChildProcess[] = [];
const procs: CoreProcess[] = [];

function forkChild(dataDir: string): CoreChild {
  const { child, process: cp } = forkNodeCoreChild(dataDir, { DUTY_ROOM_CHECK_OUTPUTS: '1' });
  children.push(cp);
  return child;
}

async function until(check: () => boolean, what: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

afterEach(async () => {
  await Promise.all(procs.splice(0).map((p) => p.close()));
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

const value = async (p: Promise<{ ok: boolean }>) => {
  const r = (await p) as { ok: true; value: unknown } | { ok: false; error: { message: string } };
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('the core’s own process (a real child process)', () => {
  it('serves the contract, survives a hard kill with the acknowledged write and the session kept, and closes cleanly', async () => {
    const dataDir = tempDir();
    const statuses: CoreStatus[] = [];
    const proc = startCoreProcess({
      fork: () => forkChild(dataDir),
      dataDir,
      methods: foldMethods(commonAreas),
      logger: silentLogger,
      restartDelaysMs: [50],
    });
    procs.push(proc);
    proc.onStatus((s) => statuses.push(s));
    expect(await proc.started).toEqual({ ok: true });

    await value(
      proc.call('system.setup', {
        mode: 'blank',
        countyName: '示范县',
        bureauName: '示范县应急管理局',
        admin: { name: '管理员', pin: '0000' },
      }),
    );
    const ops = (await value(proc.call('operators.list', {}))) as { id: string; role: string }[];
    const admin = ops.find((o) => o.role === 'admin')!;
    const { token } = (await value(
      proc.call('auth.signIn', { operatorId: admin.id, pin: '0000' }, { kind: 'anonymous' }, { via: 'ipc' }),
    )) as { token: string };
    const actor = (await proc.authenticate(token)) as Actor;
    expect(actor).toMatchObject({ kind: 'operator', name: '管理员' });
    const events: string[] = [];
    proc.subscribe((ev) => events.push(ev.type));
    await value(proc.call('settings.update', { countyName: '乙县' }, actor, { via: 'ipc' }));
    await until(() => events.includes('settings.changed'), 'the settings event');

    // Power cut of the core alone: SIGKILL, no chance to close anything.
    const first = children[0]!;
    first.kill('SIGKILL');
    await until(() => statuses.includes('down'), 'the core reported down');
    await until(() => statuses.includes('up'), 'the core restarted', 60_000);
    expect(proc.starts).toBe(2);

    // What was acknowledged before the kill is there; the window's session still holds.
    expect(await proc.authenticate(token)).toMatchObject({ kind: 'operator', name: '管理员' });
    expect(await value(proc.call('settings.get', {}, actor, { via: 'ipc' }))).toMatchObject({
      countyName: '乙县',
    });
    // Events flow from the new process too.
    await value(proc.call('settings.update', { countyName: '丙县' }, actor, { via: 'ipc' }));
    await until(() => events.filter((e) => e === 'settings.changed').length >= 2, 'the second event');

    // Quit: the database is closed by its process, which then exits on its own.
    const second = children[1]!;
    await proc.close();
    await until(() => second.exitCode !== null, 'the core process to exit');
    expect(second.exitCode).toBe(0);
    expect(statuses).toEqual(['down', 'up']);
    expect(fs.existsSync(path.join(dataDir, 'duty-room.db'))).toBe(true);
  }, 120_000);

  it('a data file it cannot open is said in words, and the process is not restarted', async () => {
    const parent = tempDir();
    const dataDir = path.join(parent, 'data');
    fs.writeFileSync(dataDir, 'a file where the data directory should be');
    const proc = startCoreProcess({
      fork: () => forkChild(dataDir),
      dataDir,
      methods: foldMethods(commonAreas),
      logger: silentLogger,
      restartDelaysMs: [50],
    });
    procs.push(proc);
    const started = await proc.started;
    expect(started.ok).toBe(false);
    expect(!started.ok && started.failure.message).toMatch(/EEXIST|ENOTDIR|exists/);
    await new Promise((r) => setTimeout(r, 300));
    expect(children).toHaveLength(1);
  }, 60_000);
});
