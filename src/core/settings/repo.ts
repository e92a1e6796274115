import { cached, invalidateCaches } from '../db/cache';
import type { Settings } from '../../common/contract/settings';
import { stmt } from '../db/sql';
import type { ReadDb, WriteDb } from '../db/handles';
import { DEFAULT_ACCIDENT_THRESHOLDS } from '../../common/domain/accidentGrade';
import type { SettingRow } from './rows';

export const DEFAULT_SETTINGS: Settings = {
  countyName: '示范县',
  bureauName: '示范县应急管理局',
  timeZone: 'Asia/Shanghai',
  locale: 'zh-CN',
  shiftChangeTime: '08:30',
  wallAlarmSound: false,
  wallRotateSeconds: 20,
  handoverSignLeadMinutes: 30,
  accidentThresholds: DEFAULT_ACCIDENT_THRESHOLDS,
  // The county's own superiors and units: data the administrator edits (设置 → 值班日志).
  reportTargets: ['市应急管理局', '县委总值班室', '县政府总值班室', '县委办公室', '县政府办公室'],
};

/** Settings are a key/value table of JSON values; unknown keys are kept for later versions. */
export function readAll(db: ReadDb): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const row of stmt(db, 'SELECT key, value FROM settings').all() as SettingRow[]) {
    out[row.key] = JSON.parse(row.value);
  }
  return out;
}

/** Read on almost every call (time zone, locale): cached, see db/cache.ts. */
export function readSettings(db: ReadDb): Settings {
  return { ...cached(db, 'settings', () => readSettingsUncached(db)) };
}

function readSettingsUncached(db: ReadDb): Settings {
  const raw = readAll(db);
  const s = { ...DEFAULT_SETTINGS };
  for (const k of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (raw[k] !== undefined) (s as Record<string, unknown>)[k] = raw[k];
  }
  return s;
}

export function readKey<T>(db: ReadDb, key: string): T | undefined {
  const row = stmt(db, 'SELECT value FROM settings WHERE key = ?').get(key) as SettingRow | undefined;
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export function writeKey(db: WriteDb, key: string, value: unknown): void {
  invalidateCaches();
  stmt(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}
