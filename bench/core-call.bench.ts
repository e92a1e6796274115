import path from 'node:path';
import Database from 'better-sqlite3';
import { createCore, outputChecksFromEnv } from '../src/core';
import { applyPragmas } from '../src/core/db/open';
import { migrate } from '../src/core/db/migrate';
import { tempDir } from '../src/core/testing';
import { percentile, round, timeEach, type Bench } from './harness';

/**
 * The contract's overhead: a write through core.call (validation, access check,
 * transaction, audit row with hash chain, output check, event) against a raw
 * prepared INSERT of the same row with the same pragmas (synchronous=FULL).
 */
export const coreWrite: Bench = {
  name: 'core.write',
  description: 'operators.create through core.call vs raw prepared INSERT',
  async run() {
    const N = 2000;
    const core = createCore({
      dataDir: tempDir('bench-'),
      backups: false,
      validateOutputs: outputChecksFromEnv(),
    });
    await core.invoke('system.setup', { mode: 'demo' });
    const adminId = (await core.invoke('operators.list', {})).find((o) => o.role === 'admin')!.id;
    const actor = core.authenticate(
      (await core.invoke('auth.signIn', { operatorId: adminId, pin: '0000' })).token,
    )!;
    const app = await timeEach(N, (i) =>
      core.invoke('operators.create', { name: `压测${i}`, role: 'duty_officer' }, actor),
    );
    await core.close();

    const raw = new Database(path.join(tempDir('bench-raw-'), 'raw.db'));
    applyPragmas(raw);
    migrate(raw);
    const ins = raw.prepare(
      `INSERT INTO operators (id, name, role, phone, pin_hash, active, created_at) VALUES (?, ?, 'duty_officer', '', NULL, 1, ?)`,
    );
    const base = await timeEach(N, (i) => ins.run(`op_${i}`, `压测${i}`, new Date().toISOString()));
    raw.close();

    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const appRate = (N / sum(app)) * 1000;
    const baseRate = (N / sum(base)) * 1000;
    return {
      rows: N,
      rate_per_s: round(appRate, 0),
      p95_ms: round(percentile(app, 95), 3),
      baseline_rate_per_s: round(baseRate, 0),
      baseline_p95_ms: round(percentile(base, 95), 3),
      ratio: round(baseRate / appRate, 2),
    };
  },
};

/** A read through core.call (validation, read-only connection, output check) vs a raw SELECT. */
export const coreRead: Bench = {
  name: 'core.read',
  description: 'settings.get through core.call vs raw SELECT',
  async run() {
    const N = 5000;
    const core = createCore({
      dataDir: tempDir('bench-'),
      backups: false,
      validateOutputs: outputChecksFromEnv(),
    });
    await core.invoke('system.setup', { mode: 'demo' });
    const app = await timeEach(N, () => core.invoke('settings.get', {}));
    const sel = core.db().read.prepare('SELECT key, value FROM settings');
    const base = await timeEach(N, () => sel.all());
    await core.close();
    return {
      calls: N,
      p50_ms: round(percentile(app, 50), 4),
      p95_ms: round(percentile(app, 95), 4),
      baseline_p50_ms: round(percentile(base, 50), 4),
      baseline_p95_ms: round(percentile(base, 95), 4),
      ratio: round(percentile(app, 50) / percentile(base, 50), 2),
    };
  },
};
