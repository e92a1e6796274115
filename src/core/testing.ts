import type { IntakeData } from '../common/contract/incidents';
import type { DrillInput } from '../common/contract/drills';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core, type CoreOptions } from './core';
import type { Actor } from './actor';
import type { ApiError } from '../common/result';
import { DEMO_OPERATORS } from './demo/county';
import { generateGeography } from './demo/geography';
import { insertTown } from './geo/repo';

/** Test support: a core on a fresh temp directory (a real SQLite file, no mocks). */
export function tempDir(prefix = 'duty-room-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function tempCore(opts: Partial<CoreOptions> = {}): Core {
  return createCore({ dataDir: tempDir(), backups: false, ...opts });
}

/** Loads the demo county and signs in as its administrator (PIN 0000). */
export async function demoCoreWithAdmin(
  opts: Partial<CoreOptions> = {},
): Promise<{ core: Core; admin: Actor; token: string }> {
  const core = tempCore(opts);
  await core.invoke('system.setup', { mode: 'demo' });
  const admin = (await core.invoke('operators.list', {})).find((o) => o.role === 'admin')!;
  const { token } = await core.invoke('auth.signIn', { operatorId: admin.id, pin: '0000' });
  return { core, admin: core.authenticate(token)!, token };
}

/**
 * A county set up blank but with the demo's towns and a duty room's people (no
 * history), for tests that count incidents and entries from zero.
 */
export async function staffedCore(opts: Partial<CoreOptions> = {}): Promise<{ core: Core; admin: Actor }> {
  const core = tempCore(opts);
  await core.invoke('system.setup', {
    mode: 'blank',
    countyName: '青岚示范县',
    bureauName: '青岚示范县应急管理局',
    admin: { name: '系统管理员', pin: '0000' },
  });
  const adminId = (await core.invoke('operators.list', {}))[0]!.id;
  const admin = core.authenticate(
    (await core.invoke('auth.signIn', { operatorId: adminId, pin: '0000' })).token,
  )!;
  for (const op of DEMO_OPERATORS.filter((o) => o.role !== 'admin')) {
    await core.invoke('operators.create', { name: op.name, role: op.role, phone: op.phone }, admin);
  }
  const db = core.db().write;
  db.transaction(() => {
    for (const t of generateGeography().towns) insertTown(db, { ...t, boundary: [[t.boundary]] });
  })();
  return { core, admin };
}

/** A demo operator's PIN (every demo operator has one, README 演示数据). */
export const demoPin = (name: string): string | undefined => DEMO_OPERATORS.find((d) => d.name === name)?.pin;

/** Signs in the first operator of the role: the demo's with their PIN, a staffed core's without. */
/** The error a call is refused with; a call that succeeds fails the test. */
export const refusal = (p: Promise<unknown>): Promise<ApiError> =>
  p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e as ApiError,
  );

export async function signIn(core: Core, role: 'duty_officer' | 'shift_chief' | 'leader'): Promise<Actor> {
  const op = (await core.invoke('operators.list', {})).find((o) => o.role === role)!;
  const pin = op.hasPin ? demoPin(op.name) : undefined;
  const { token } = await core.invoke('auth.signIn', { operatorId: op.id, ...(pin ? { pin } : {}) });
  return core.authenticate(token)!;
}

/** A fingerprint of every row of every table: equal before and after means nothing changed. */
export function fingerprint(core: Core): string {
  const db = core.db().read;
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name`,
    )
    .all() as { name: string }[];
  // Rows are sorted as JSON: some tables (FTS5 shadow tables) have no rowid to order by.
  return JSON.stringify(
    tables.map(({ name }) => [
      name,
      (db.prepare(`SELECT * FROM "${name}"`).all() as unknown[])
        .map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)))
        .sort(),
    ]),
  );
}

const shanghai = (local: string) => new Date(local + '+08:00').toISOString();

/** A 较大 landslide intake in the demo county, as the tests log it. */
export function sampleIntake(over: Partial<IntakeData> = {}): IntakeData {
  return {
    channel: 'phone',
    receivedAt: shanghai('2026-11-29T10:00:00'),
    caller: { unit: '青石镇人民政府', name: '刘明', post: '应急办主任', phone: '13800001234' },
    title: '青石镇石坝村山体滑坡',
    description: '石坝村三组后山发生滑坡，约2000方，掩埋村道。',
    cause: '连续降雨',
    occurredAt: shanghai('2026-11-29T09:40:00'),
    place: { townCode: '990101101', address: '青石镇石坝村三组', point: [111.601, 27.569] },
    casualties: { dead: 0, injured: 1, missing: 0, trapped: 2 },
    losses: '村道中断约50米',
    measures: '镇村干部已到场，疏散群众12人',
    trend: '仍有小规模垮塌',
    notified: [{ who: '县自然资源局', at: shanghai('2026-11-29T09:58:00') }],
    category: 'natural',
    subtype: 'landslide',
    grade: 'III',
    ...over,
  };
}

/** Every .ts file under src/<dir> with its text, tests left out: what ships. For source scans. */
export function sourcesUnder(dir: string): [string, string][] {
  const root = path.resolve(__dirname, '..', dir);
  const out: [string, string][] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
        out.push([p, fs.readFileSync(p, 'utf8')]);
    }
  };
  walk(root);
  return out;
}

/**
 * A drill saved (planned) by `controller`, who controls it: a live single-subject test
 * drill unless `over` says otherwise. Start it with drills.start when the test needs
 * it running.
 */
export async function plannedDrill(
  core: Core,
  controller: Actor,
  over: Partial<DrillInput> = {},
): Promise<{ id: string; number: string }> {
  return core.invoke(
    'drills.save',
    {
      id: null,
      campaignId: null,
      domainId: null,
      title: '山洪灾害应急演练',
      form: 'live',
      content: 'single',
      purpose: 'test',
      announce: 'announced',
      scheduledAt: null,
      place: '青石镇',
      scenario: '暴雨引发山洪，村民被困',
      planIds: [],
      units: [],
      controllerIds: [controller.kind === 'operator' ? controller.operatorId : ''],
      script: [],
      ...over,
    },
    controller,
  );
}
