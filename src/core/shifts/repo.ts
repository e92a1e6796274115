import type { PatternVersionView } from '../../common/contract/roster';
import {
  addDays,
  patternOn,
  shiftAt,
  type PatternVersion,
  type Shift,
  type ShiftPattern,
} from '../../common/shifts';
import { cached, invalidateCaches } from '../db/cache';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import type { WriteCtx } from '../handler';
import { authorOf } from '../incidents/service';
import { readSettings, writeKey } from '../settings/repo';
import type { ReadDb } from '../db/handles';
import type { ShiftPatternRow } from './rows';

/** Before any version is recorded, the pattern is the 24-hour shift of the settings. */
export const BASE_DATE = '2000-01-01';

function views(db: ReadDb): PatternVersionView[] {
  const rows = stmt<[], ShiftPatternRow>(db, 'SELECT * FROM shift_patterns ORDER BY version').all();
  if (rows.length > 0)
    return rows.map((r) => ({
      version: r.version,
      effectiveDate: r.effective_date,
      kind: r.kind,
      changeTime: r.change_time,
      nightTime: r.night_time,
      createdAt: r.created_at,
      authorName: r.author_name,
    }));
  const s = readSettings(db);
  return [
    {
      version: 0,
      effectiveDate: BASE_DATE,
      kind: 'day24',
      changeTime: s.shiftChangeTime,
      nightTime: null,
      createdAt: null,
      authorName: null,
    },
  ];
}

/** Every version (or the settings' one), cached: each shift calculation reads them. */
export function patternViews(db: ReadDb): PatternVersionView[] {
  return cached(db, 'shiftPatterns', () => views(db));
}

export function patternVersions(db: ReadDb): PatternVersion[] {
  return patternViews(db);
}

export function timeZoneOf(db: ReadDb): string {
  return readSettings(db).timeZone;
}

/** The shift an instant belongs to, under the pattern of its duty date. */
export function shiftAtInstant(db: ReadDb, instant: Date): Shift {
  return shiftAt(patternVersions(db), timeZoneOf(db), instant);
}

/** Shifts of duty dates before this one may already have been worked: patterns change from it on. */
export function firstChangeableDate(db: ReadDb, now: Date): string {
  return addDays(shiftAtInstant(db, now).date, 1);
}

function insertVersion(ctx: WriteCtx, effectiveDate: string, p: ShiftPattern): number {
  const author = authorOf(ctx.actor);
  const info = stmt(
    ctx.db,
    `INSERT INTO shift_patterns (effective_date, kind, change_time, night_time, created_at, author_id, author_name)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(effectiveDate, p.kind, p.changeTime, p.nightTime, ctx.nowIso(), author.id, author.name);
  return Number(info.lastInsertRowid);
}

export function checkPattern(p: ShiftPattern): void {
  if (p.kind === 'day24' ? p.nightTime !== null : !p.nightTime || p.nightTime <= p.changeTime)
    throw new DomainError('invalid_input', 'errors.shift_pattern_night');
}

/**
 * Records a pattern from a duty date on. The first time, the settings' 24-hour shift
 * is recorded as the base version, so the shifts already worked keep it.
 */
export function appendPattern(ctx: WriteCtx, effectiveDate: string, p: ShiftPattern): void {
  checkPattern(p);
  const min = firstChangeableDate(ctx.db, ctx.now());
  if (effectiveDate < min) throw new DomainError('invalid_input', 'errors.shift_pattern_past', { date: min });
  const before = patternViews(ctx.db);
  if (before.length === 1 && before[0]!.version === 0) {
    const base = before[0]!;
    insertVersion(ctx, BASE_DATE, { kind: base.kind, changeTime: base.changeTime, nightTime: null });
  }
  const version = insertVersion(ctx, effectiveDate, p);
  invalidateCaches();
  ctx.changed('shiftPattern', String(version), undefined, { effectiveDate, ...p });
}

/**
 * The settings' change time edited directly (设置 → 基本设置): from the next duty date
 * on, the current pattern with the new change time; shifts already worked keep theirs.
 */
export function followSettingChange(ctx: WriteCtx, before: string, after: string): void {
  if (before === after) return;
  const versions = patternViews(ctx.db);
  if (versions.length === 1 && versions[0]!.version === 0) {
    // The base version is the old setting: record it before the setting moved on.
    insertVersion(ctx, BASE_DATE, { kind: 'day24', changeTime: before, nightTime: null });
    invalidateCaches();
  }
  const date = firstChangeableDate(ctx.db, ctx.now());
  const current = patternOn(patternVersions(ctx.db), date);
  const next: ShiftPattern =
    current.kind === 'dayNight' && current.nightTime && current.nightTime > after
      ? { kind: 'dayNight', changeTime: after, nightTime: current.nightTime }
      : { kind: 'day24', changeTime: after, nightTime: null };
  const version = insertVersion(ctx, date, next);
  invalidateCaches();
  ctx.changed('shiftPattern', String(version), undefined, { effectiveDate: date, ...next });
  ctx.emit('shifts.changed');
  ctx.emit('roster.changed');
}

/** The settings key follows the latest pattern, so 设置 shows the change time in use. */
export function syncSetting(ctx: WriteCtx, changeTime: string): void {
  writeKey(ctx.db, 'shiftChangeTime', changeTime);
}
