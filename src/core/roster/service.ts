import type { Person, RosterChange, RosterShift } from '../../common/contract/roster';
import { shiftByKey, shiftsOfMonth, type Shift } from '../../common/shifts';
import { DomainError } from '../errors';
import type { WriteCtx } from '../handler';
import { authorOf } from '../incidents/service';
import { patternVersions, timeZoneOf } from '../shifts/repo';
import {
  crewAt,
  crewsBetween,
  insertChange,
  namesOf,
  peopleIndex,
  replacementCounts,
  saveCrew,
  toRosterShift,
  type Crew,
} from './repo';
import type { ReadDb } from '../db/handles';

export function shiftOrThrow(db: ReadDb, key: string): Shift {
  const s = shiftByKey(patternVersions(db), timeZoneOf(db), key);
  if (!s) throw new DomainError('invalid_input', 'errors.shift_unknown', { key });
  return s;
}

export function monthShifts(db: ReadDb, month: string): Shift[] {
  return shiftsOfMonth(patternVersions(db), timeZoneOf(db), month);
}

export function rosterShiftOf(db: ReadDb, s: Shift, people = peopleIndex(db)): RosterShift {
  const n = replacementCounts(db, s.date, s.date).get(s.key) ?? 0;
  return toRosterShift(s, crewAt(db, s.key), people, n);
}

/** The roster of a month, every shift of its duty dates whether staffed or not. */
export function rosterOfMonth(db: ReadDb, month: string): { shifts: RosterShift[]; people: Person[] } {
  const people = peopleIndex(db);
  const shifts = monthShifts(db, month);
  const from = `${month}-01`;
  const to = shifts.at(-1)?.date ?? from;
  const crews = crewsBetween(db, from, to);
  const counts = replacementCounts(db, from, to);
  return {
    shifts: shifts.map((s) =>
      toRosterShift(
        s,
        crews.get(s.key) ?? { leader: null, chief: null, officers: [] },
        people,
        counts.get(s.key) ?? 0,
      ),
    ),
    people: [...people.values()].filter((p) => p.role !== 'admin' || p.kind === 'contact'),
  };
}

const everyone = (c: Crew) => [c.leader, c.chief, ...c.officers].filter((x): x is string => x !== null);
const sameCrew = (a: Crew, b: Crew) =>
  a.leader === b.leader && a.chief === b.chief && JSON.stringify(a.officers) === JSON.stringify(b.officers);

/** People must exist and be active (inactive ones may stay where they already were); nobody twice. */
function checkCrew(people: Map<string, Person>, crew: Crew, before: Crew): void {
  const seen = new Set<string>();
  const kept = new Set(everyone(before));
  for (const id of everyone(crew)) {
    const p = people.get(id);
    if (!p || (!p.active && !kept.has(id)))
      throw new DomainError('invalid_input', 'errors.roster_person_unknown', { id });
    if (seen.has(id)) throw new DomainError('conflict', 'errors.roster_person_twice', { name: p.name });
    seen.add(id);
  }
}

/**
 * Writes a shift's crew and records the change (names before and after, the reason,
 * who and when). Returns false when nothing changed.
 */
export function writeCrew(
  ctx: WriteCtx,
  s: Shift,
  crew: Crew,
  kind: RosterChange['kind'],
  reason: string,
  people = peopleIndex(ctx.db),
): boolean {
  const before = crewAt(ctx.db, s.key);
  if (sameCrew(before, crew)) return false;
  checkCrew(people, crew, before);
  const author = authorOf(ctx.actor);
  saveCrew(ctx.db, s, crew, ctx.nowIso(), author.id);
  const names = { before: namesOf(people, before), after: namesOf(people, crew) };
  insertChange(ctx.db, {
    at: ctx.nowIso(),
    shiftKey: s.key,
    kind,
    ...names,
    reason,
    authorId: author.id,
    authorName: author.name,
  });
  ctx.changed('roster', s.key, names.before, names.after);
  return true;
}

/** Rotates each list one step per shift over the month's shifts in the date range. */
export function fillByPattern(
  ctx: WriteCtx,
  input: {
    month: string;
    fromDate?: string;
    toDate?: string;
    leaders: string[];
    chiefs: string[];
    officers: string[];
    officersPerShift: number;
    overwrite: boolean;
  },
): { filled: number; skipped: number } {
  const from = input.fromDate ?? `${input.month}-01`;
  const to = input.toDate ?? `${input.month}-31`;
  if (!from.startsWith(input.month) || !to.startsWith(input.month) || from > to)
    throw new DomainError('invalid_input', 'errors.roster_range', { month: input.month });
  if (input.leaders.length + input.chiefs.length + input.officers.length === 0)
    throw new DomainError('invalid_input', 'errors.roster_fill_empty');
  const people = peopleIndex(ctx.db);
  const shifts = monthShifts(ctx.db, input.month).filter((s) => s.date >= from && s.date <= to);
  let filled = 0;
  let skipped = 0;
  shifts.forEach((s, i) => {
    const before = crewAt(ctx.db, s.key);
    if (!input.overwrite && everyone(before).length > 0) {
      skipped++;
      return;
    }
    const per = Math.min(input.officersPerShift, input.officers.length);
    const officers = input.officers.length
      ? Array.from({ length: per }, (_, k) => input.officers[(i * per + k) % input.officers.length]!)
      : before.officers;
    const crew: Crew = {
      leader: input.leaders.length ? input.leaders[i % input.leaders.length]! : before.leader,
      chief: input.chiefs.length ? input.chiefs[i % input.chiefs.length]! : before.chief,
      officers,
    };
    if (writeCrew(ctx, s, crew, 'fill', '', people)) filled++;
  });
  return { filled, skipped };
}

/** The k-th shift of the month gets the crew of the k-th shift of the source month (wrapping). */
export function copyMonth(
  ctx: WriteCtx,
  month: string,
  fromMonth: string,
  overwrite: boolean,
): { filled: number; skipped: number } {
  const people = peopleIndex(ctx.db);
  const source = monthShifts(ctx.db, fromMonth).map((s) => crewAt(ctx.db, s.key));
  let filled = 0;
  let skipped = 0;
  if (source.length === 0) return { filled, skipped };
  monthShifts(ctx.db, month).forEach((s, i) => {
    const crew = source[i % source.length]!;
    const before = crewAt(ctx.db, s.key);
    if (everyone(crew).length === 0 || (!overwrite && everyone(before).length > 0)) {
      skipped++;
      return;
    }
    // Someone since deactivated is left out rather than copied forward.
    const active = (id: string | null) => (id && people.get(id)?.active ? id : null);
    const next: Crew = {
      leader: active(crew.leader),
      chief: active(crew.chief),
      officers: crew.officers.filter((id) => people.get(id)?.active),
    };
    if (writeCrew(ctx, s, next, 'copy', '', people)) filled++;
  });
  return { filled, skipped };
}

type Slot = { position: 'leader' } | { position: 'chief' } | { position: 'officer'; index: number };

function slotOf(crew: Crew, personId: string): Slot | null {
  if (crew.leader === personId) return { position: 'leader' };
  if (crew.chief === personId) return { position: 'chief' };
  const index = crew.officers.indexOf(personId);
  return index >= 0 ? { position: 'officer', index } : null;
}

function put(crew: Crew, slot: Slot, personId: string): Crew {
  if (slot.position === 'leader') return { ...crew, leader: personId };
  if (slot.position === 'chief') return { ...crew, chief: personId };
  const officers = [...crew.officers];
  officers[slot.index] = personId;
  return { ...crew, officers };
}

const nameOf = (people: Map<string, Person>, id: string) => people.get(id)?.name ?? id;

/** 替班: `withId` takes `personId`'s place on the shift. */
export function replacePerson(
  ctx: WriteCtx,
  key: string,
  personId: string,
  withId: string,
  reason: string,
): Shift {
  const s = shiftOrThrow(ctx.db, key);
  const people = peopleIndex(ctx.db);
  const crew = crewAt(ctx.db, key);
  const slot = slotOf(crew, personId);
  if (!slot)
    throw new DomainError('conflict', 'errors.roster_not_on_shift', { name: nameOf(people, personId), key });
  writeCrew(ctx, s, put(crew, slot, withId), 'replace', reason, people);
  return s;
}

/** 换班: each of two people takes the other's place on the other's shift. */
export function swapPeople(
  ctx: WriteCtx,
  a: { key: string; personId: string },
  b: { key: string; personId: string },
  reason: string,
): [Shift, Shift] {
  if (a.key === b.key) throw new DomainError('invalid_input', 'errors.roster_same_shift');
  const sa = shiftOrThrow(ctx.db, a.key);
  const sb = shiftOrThrow(ctx.db, b.key);
  const people = peopleIndex(ctx.db);
  const ca = crewAt(ctx.db, a.key);
  const cb = crewAt(ctx.db, b.key);
  const slotA = slotOf(ca, a.personId);
  const slotB = slotOf(cb, b.personId);
  if (!slotA)
    throw new DomainError('conflict', 'errors.roster_not_on_shift', {
      name: nameOf(people, a.personId),
      key: a.key,
    });
  if (!slotB)
    throw new DomainError('conflict', 'errors.roster_not_on_shift', {
      name: nameOf(people, b.personId),
      key: b.key,
    });
  writeCrew(ctx, sa, put(ca, slotA, b.personId), 'swap', reason, people);
  writeCrew(ctx, sb, put(cb, slotB, a.personId), 'swap', reason, people);
  return [sa, sb];
}
