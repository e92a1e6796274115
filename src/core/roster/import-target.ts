import { parseShiftKey, shiftKeyOf, type ShiftSlot } from '../../common/shifts';
import { CALENDAR, inCalendar } from '../../common/contract/shared';
import { defineImportTarget, importField, type ImportFieldDef, type RowIssue } from '../imports/registry';
import { normalizeHeader } from '../imports/analyse';
import { peopleIndex, type Crew } from './repo';
import { shiftByKey } from '../../common/shifts';
import { patternVersions, timeZoneOf } from '../shifts/repo';
import { writeCrew } from './service';
import type { ReadDb } from '../db/handles';

const f = importField;

/** The roster's columns, in export order: an exported month can be edited and imported back. */
export const ROSTER_FIELDS: ImportFieldDef[] = [
  f('date', 'column.roster.date', true, ['值班日期', '时间', 'date', 'day'], 'columnHint.roster.date'),
  f('slot', 'column.roster.slot', false, ['班别', '白夜班', 'shift', 'slot'], 'columnHint.roster.slot'),
  f('leader', 'column.roster.leader', false, ['领导', '带班', 'leader']),
  f('chief', 'column.roster.chief', false, ['值班组长', '班长', 'chief']),
  f(
    'officers',
    'column.roster.officers',
    false,
    ['值班人员', '值班人', 'officers', 'officer'],
    'columnHint.roster.officers',
  ),
];

export interface RosterImportRow {
  key: string;
  leader: string;
  chief: string;
  officers: string[];
}

/** 2026-12-01, 2026/12/1, 2026.12.1, 2026年12月1日, or an XLSX date cell (ISO text). */
export function parseDate(s: string): string | null {
  const t = s.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})T/.exec(t);
  const m = iso ?? /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (!m) return null;
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return parseShiftKey(date) ? date : null;
}

const SLOTS = new Map<string, ShiftSlot>([
  ['', 'full'],
  ['全天', 'full'],
  ['24小时', 'full'],
  ['24h', 'full'],
  ['全日', 'full'],
  ['full', 'full'],
  ['白班', 'day'],
  ['日班', 'day'],
  ['白', 'day'],
  ['day', 'day'],
  ['夜班', 'night'],
  ['晚班', 'night'],
  ['夜', 'night'],
  ['night', 'night'],
]);

export const splitNames = (s: string): string[] =>
  s
    .split(/[、,，;；/\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

function parseRow(
  c: Record<string, string>,
): { ok: true; value: RosterImportRow } | { ok: false; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const date = parseDate(c.date ?? '');
  if (!c.date) issues.push({ field: 'date', key: 'errors.field.required' });
  else if (!date)
    issues.push({ field: 'date', key: 'errors.import_not_date', params: { value: c.date.slice(0, 40) } });
  // A file is typed by hand too: year 9999 would overflow the shift arithmetic.
  else if (!inCalendar(date))
    issues.push({ field: 'date', key: 'errors.field.calendar_range', params: { ...CALENDAR } });
  const slot = SLOTS.get(normalizeHeader(c.slot ?? ''));
  if (!slot)
    issues.push({
      field: 'slot',
      key: 'errors.import_roster_shift',
      params: { value: (c.slot ?? '').slice(0, 20) },
    });
  if (issues.length > 0 || !date || !slot) return { ok: false, issues };
  return {
    ok: true,
    value: {
      key: shiftKeyOf(date, slot),
      leader: (c.leader ?? '').trim(),
      chief: (c.chief ?? '').trim(),
      officers: splitNames(c.officers ?? ''),
    },
  };
}

/** Names → active people (operators first, then contacts). */
function nameIndex(db: ReadDb): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of peopleIndex(db).values()) if (p.active && !m.has(p.name)) m.set(p.name, p.id);
  return m;
}

function resolve(db: ReadDb, names: Map<string, string>, r: RosterImportRow) {
  const issues: RowIssue[] = [];
  const id = (field: string, name: string): string | null => {
    if (!name) return null;
    const found = names.get(name);
    if (!found)
      issues.push({ field, key: 'errors.import_roster_person', params: { name: name.slice(0, 30) } });
    return found ?? null;
  };
  const crew: Crew = {
    leader: id('leader', r.leader),
    chief: id('chief', r.chief),
    officers: r.officers.map((n) => id('officers', n)).filter((x): x is string => x !== null),
  };
  const shift = shiftByKey(patternVersions(db), timeZoneOf(db), r.key);
  if (!shift) issues.push({ field: 'slot', key: 'errors.import_roster_shift', params: { value: r.key } });
  return { crew, shift, issues };
}

export const rosterImportTarget = defineImportTarget<RosterImportRow>({
  name: 'roster',
  event: 'roster.changed',
  fields: ROSTER_FIELDS,
  parseRow,
  plan(db, rows) {
    const names = nameIndex(db);
    const seen = new Map<string, number>();
    const issues: { index: number; issue: RowIssue }[] = [];
    const existing = new Set(
      (db.prepare('SELECT shift_key FROM roster_shifts').all() as { shift_key: string }[]).map(
        (r) => r.shift_key,
      ),
    );
    const actions = rows.map((r, index) => {
      for (const issue of resolve(db, names, r.value).issues) issues.push({ index, issue });
      const other = seen.get(r.value.key);
      if (other !== undefined)
        issues.push({
          index,
          issue: { field: 'date', key: 'errors.import_roster_duplicate', params: { other } },
        });
      else seen.set(r.value.key, r.row);
      return existing.has(r.value.key) ? ('update' as const) : ('create' as const);
    });
    return { actions, issues };
  },
  write(ctx, rows) {
    const names = nameIndex(ctx.db);
    let created = 0;
    let updated = 0;
    for (const r of rows) {
      const { crew, shift } = resolve(ctx.db, names, r);
      const existed =
        ctx.db.prepare('SELECT 1 FROM roster_shifts WHERE shift_key = ?').get(r.key) !== undefined;
      if (shift && writeCrew(ctx, shift, crew, 'import', '')) {
        if (existed) updated++;
        else created++;
      }
    }
    return { created, updated };
  },
});
