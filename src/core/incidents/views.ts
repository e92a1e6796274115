import type { EntryView } from '../../common/contract/incidents';
import type { EntryKind } from '../../common/domain/incidents';
import type { EntryRow } from '../logs/rows';

type Data = Record<string, unknown>;

/**
 * An entry as people read it: the original data with every correction applied in
 * order, and the history of those corrections (who, when, why, old and new values).
 * A correction may also move the time the entry says it happened (`occurredAt`).
 */
export function toEntryView(row: EntryRow, corrections: EntryRow[]): EntryView {
  const original = JSON.parse(row.data_json) as Data;
  let data: Data = { ...original };
  let occurredAt = row.occurred_at;
  const history: EntryView['corrections'] = [];
  // An intake's own occurredAt is 事发时间, a field; its entry time is the 接报 time.
  const isIntake = row.kind === 'intake';
  for (const c of corrections) {
    const changes = JSON.parse(c.data_json) as Data;
    const before: Data = {};
    for (const k of Object.keys(changes)) before[k] = k === 'occurredAt' && !isIntake ? occurredAt : data[k];
    const { occurredAt: movedTo, ...rest } = changes;
    const fields = isIntake ? changes : rest;
    if (!isIntake && typeof movedTo === 'string') occurredAt = movedTo;
    data = { ...data, ...fields };
    history.push({
      id: c.id,
      at: c.entered_at,
      authorName: c.author_name,
      reason: c.reason ?? '',
      changes,
      before,
    });
  }
  if (isIntake && typeof data.receivedAt === 'string') occurredAt = data.receivedAt;
  return {
    id: row.id,
    seq: row.seq,
    incidentId: row.incident_id,
    // Only kinds the contract accepted were ever written.
    kind: row.kind as EntryKind,
    occurredAt,
    enteredAt: row.entered_at,
    authorId: row.author_id,
    authorName: row.author_name,
    data,
    original,
    corrections: history,
    correctsId: row.corrects_id,
    reason: row.reason,
  };
}

/** Groups correction rows by the entry they correct. */
export function byTarget(corrections: EntryRow[]): Map<string, EntryRow[]> {
  const m = new Map<string, EntryRow[]>();
  for (const c of corrections) {
    const k = c.corrects_id!;
    m.set(k, [...(m.get(k) ?? []), c]);
  }
  return m;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The one line a log list shows for an entry (labels come from the UI's i18n). */
export function summaryOf(kind: string, data: Data): string {
  switch (kind) {
    case 'intake':
      return str(data.title);
    case 'verify':
      return [str(data.with), str(data.notes)].filter(Boolean).join('：');
    case 'followup':
    case 'feedback':
    case 'instruction':
    case 'call':
    case 'other':
      return str(data.content);
    case 'report':
      return [str(data.to), str(data.content)].filter(Boolean).join('：');
    case 'instruction_done':
      return str(data.result);
    case 'close':
      return str(data.summary);
    case 'withdraw':
    case 'reopen':
      return str(data.reason);
    case 'spot_check':
      return (
        `${str(data.callerUnit)} ${str(data.callerName)}`.trim() +
        (str(data.result) ? `：${str(data.result)}` : '')
      );
    case 'equipment_handover':
      return str(data.items);
    case 'response':
      return [str(data.planName), str(data.document)].filter(Boolean).join(' ');
    case 'dispatch':
      return [str(data.teamName), str(data.note)].filter(Boolean).join(' ');
    case 'finding':
      return str(data.evidence);
    case 'correction':
      return Object.keys(data).join('、');
    default:
      return '';
  }
}

/**
 * Fields that hold codes in every kind of entry (enums, ids), not words a person typed:
 * kept out of the index and out of search snippets ("natural landslide III 990101101").
 */
const CODE_FIELDS = new Set([
  'channel',
  'category',
  'subtype',
  'grade',
  'townCode',
  'means',
  'stage',
  'direction',
  'status',
  'instructionId',
]);

/** Every string a person typed into an entry, for the search index. */
export function searchTextOf(data: unknown, extra: string[] = []): string {
  const parts: string[] = [...extra];
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      // ISO timestamps and codes are not what people search for.
      if (!/^\d{4}-\d{2}-\d{2}T/.test(v)) parts.push(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (!CODE_FIELDS.has(k)) walk(x);
    }
  };
  walk(data);
  return parts.join(' ');
}
