import type { HandoverSheet } from '../../common/contract/handover';
import type { Person } from '../../common/contract/roster';
import { nextShift, patternOn, type Shift } from '../../common/shifts';
import { crewAt, peopleIndex, type Crew } from '../roster/repo';
import { readSettings } from '../settings/repo';
import { patternVersions } from '../shifts/repo';
import type { DraftFields } from './draft';
import { equipmentPart, handedItems } from './sheet-equipment';
import { overdueRectifications } from '../review/handover';
import { handoverWarningResponses, handoverWarnings } from '../warnings/handover';
import { writtenOrdersDue } from '../supplies/handover';
import { carriedPart } from './sheet-carried';
import { incidentParts } from './sheet-incidents';
import { shiftLog, spotChecksOf } from './sheet-log';
import type { ReadDb } from '../db/handles';

type Sheet = HandoverSheet;

const personOf = (people: Map<string, Person>, id: string | null) => {
  if (!id) return null;
  const p = people.get(id);
  return p ? { id: p.id, name: p.name, phone: p.phone } : { id, name: id, phone: '' };
};
const crewView = (people: Map<string, Person>, c: Crew) => ({
  leader: personOf(people, c.leader),
  chief: personOf(people, c.chief),
  officers: c.officers.map((id) => personOf(people, id)!),
});

/**
 * Assembles the handover sheet of a shift from the record: the duty log of the shift
 * (by the entries' time index), the incidents it touched, what is still open and owed,
 * leader instructions, equipment, items handed over, spot checks, and the draft's notes.
 */
export function assembleSheet(
  db: ReadDb,
  shift: Shift,
  asOf: Date,
  draft: DraftFields,
  opts: { historical?: boolean } = {},
): Sheet {
  const historical = opts.historical ?? false;
  const settings = readSettings(db);
  const tz = settings.timeZone;
  const versions = patternVersions(db);
  const people = peopleIndex(db);
  const next = nextShift(versions, tz, shift);
  const asOfIso = asOf.toISOString();
  const { start, end } = shift;
  // Entries of the shift so far: for a past shift its whole period, for the current one up to now.
  const upTo = historical && asOfIso < end ? asOfIso : end;

  const log = shiftLog(db, start, upTo);
  const { total, entries } = log;
  const parts = incidentParts(db, { start, upTo, asOf, historical, tz, log, draft });
  const { incidents, unfinished, unfinishedTotal, instructions, responses } = parts;
  const equipment = equipmentPart(db, start, upTo, historical ? new Date(upTo) : asOf, draft);
  const handed = handedItems(db);
  const carried = carriedPart(db, shift, asOf, historical);
  const spotChecks = spotChecksOf(db, log, start, upTo);

  return {
    format: 1,
    bureauName: settings.bureauName,
    countyName: settings.countyName,
    timeZone: tz,
    shift: { ...shift, kind: patternOn(versions, shift.date).kind },
    generatedAt: asOfIso,
    outgoing: crewView(people, crewAt(db, shift.key)),
    incoming: { ...crewView(people, crewAt(db, next.key)), shift: next },
    entries: { items: entries, total },
    incidents,
    unfinished,
    unfinishedTotal,
    instructions,
    equipment,
    items: handed,
    spotChecks,
    notes: draft.notes,
    carried,
    responses,
    warningResponses: handoverWarningResponses(db, historical ? new Date(upTo) : asOf),
    rectifications: overdueRectifications(db, historical ? new Date(upTo) : asOf, tz),
    warnings: handoverWarnings(db, historical ? new Date(upTo) : asOf),
    supplyOrders: writtenOrdersDue(db, historical ? upTo : asOfIso),
  };
}
