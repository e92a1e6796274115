import { CALENDAR } from '../common/contract/shared';

/**
 * Edge values for the generic walker: inputs a method's schema ACCEPTS but that sit at
 * the edge of what the code behind it handles (the first and last representable days,
 * the largest integer a field allows, an array at its maximum length, a string at its
 * maximum length in astral CJK or emoji, an id of the right shape that names nothing).
 *
 * Values are derived from the schema and the method's example, so a new method or a new
 * field is covered without editing this file. Candidates the schema refuses are dropped,
 * except dates beyond the app's calendar, which must be refused with the range message.
 */

/** The few parts of a zod 4 schema this walker reads. */
interface Node {
  _zod: { def: Def };
  safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } };
  maxLength?: number | null;
  minLength?: number | null;
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
}
interface Def {
  type: string;
  innerType?: Node;
  in?: Node;
  shape?: Record<string, Node>;
  element?: Node;
  items?: Node[];
  options?: Node[];
  entries?: Record<string, unknown>;
  values?: unknown[];
  valueType?: Node;
  checks?: { _zod: { def: { check: string; maximum?: number; minimum?: number } } }[];
}

export interface Edge {
  /** Where the value went, e.g. `intake.caller.name`. */
  path: string;
  /** What kind of edge it is, for failure messages and the tally. */
  label: string;
  /** The whole input: the example with this one position replaced. */
  input: unknown;
}

const YEARS = {
  inside: [CALENDAR.first.slice(0, 4), CALENDAR.last.slice(0, 4)],
  beyond: [
    '0001',
    '9999',
    String(Number(CALENDAR.first.slice(0, 4)) - 1),
    String(Number(CALENDAR.last.slice(0, 4)) + 1),
  ],
};

/** Dates, months, shift keys and instants at the calendar's ends and beyond them. */
function calendarStrings(): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  const first = CALENDAR.first;
  const last = CALENDAR.last;
  const dates = [
    { d: first, label: 'first day' },
    { d: last, label: 'last day' },
    { d: '0001-01-01', label: 'year 1' },
    { d: '9999-12-31', label: 'year 9999' },
    { d: `${YEARS.beyond[2]}-12-31`, label: 'day before the calendar' },
    { d: `${YEARS.beyond[3]}-01-01`, label: 'day after the calendar' },
  ];
  for (const { d, label } of dates) {
    out.push({ value: d, label: `date ${label}` });
    out.push({ value: d.slice(0, 7), label: `month ${label}` });
    out.push({ value: `${d}-day`, label: `day shift ${label}` });
    out.push({ value: `${d}-night`, label: `night shift ${label}` });
    const startOfDay = d === last || d.startsWith('9999') || d.endsWith('12-31');
    out.push({
      value: startOfDay ? `${d}T23:59:59.999Z` : `${d}T00:00:00.000Z`,
      label: `instant ${label}`,
    });
  }
  // The calendar's ends reached through the farthest offsets a zone has (+14, -12).
  out.push({ value: `${first}T14:00:00.000+14:00`, label: 'instant first day at +14:00' });
  out.push({ value: `${last}T11:59:59.999-12:00`, label: 'instant last day at -12:00' });
  out.push({ value: '2000-02-29', label: 'date leap day' });
  return out;
}

// One unit per script, filled to a string's maximum length in UTF-16 code units (what
// zod and JavaScript count), padded with ASCII so no surrogate pair is split.
const SCRIPTS: { label: string; unit: string }[] = [
  { label: 'ASCII', unit: 'W' },
  { label: 'CJK', unit: '灾' },
  { label: 'CJK extension B', unit: '𠜎' },
  { label: 'emoji ZWJ sequence', unit: '👨‍👩‍👧‍👦' },
  { label: 'RTL marks and Arabic', unit: '\u200f\u202eمرحبا\u202c' },
  { label: 'combining marks', unit: 'Z\u0364\u0351\u0313\u0324' },
];

const MAX_FILL = 20_000; // a 1.4 MB base64 field gets no script fillers: they fail its pattern

function fill(unit: string, length: number): string {
  const whole = Math.floor(length / unit.length);
  return unit.repeat(whole) + '.'.repeat(length - whole * unit.length);
}

/** An id of the example's shape that names nothing: its serial part turned to f's (or 9's). */
function unknownIdsLike(ex: unknown): string[] {
  if (typeof ex !== 'string' || ex.length === 0) return [];
  const cut = ex.lastIndexOf('_') + 1;
  const serial = ex.slice(cut);
  return [ex.slice(0, cut) + (cut > 0 ? serial.replace(/[0-9a-f]/g, 'f') : serial.replace(/[0-9]/g, '9'))];
}

function stringEdges(node: Node, ex: unknown): { value: unknown; label: string }[] {
  const out: { value: unknown; label: string }[] = [];
  const max = node.maxLength ?? null;
  const min = node.minLength ?? 0;
  if (min > 0) out.push({ value: '灾'.repeat(min), label: `minimum length ${min}` });
  // Free text: its edges are lengths and scripts. Shaped strings (ids, dates, codes,
  // times, zones): their edges are the extremes of the shape, and scripts never fit.
  if (node.safeParse('值班 duty').success) {
    out.push({ value: '', label: 'empty string' }, { value: ' ', label: 'one space' });
    if (max !== null && max <= MAX_FILL) {
      for (const { label, unit } of SCRIPTS)
        out.push({ value: fill(unit, max), label: `${label} at max length ${max}` });
    }
    return out;
  }
  out.push(...calendarStrings());
  for (const id of unknownIdsLike(ex)) out.push({ value: id, label: 'id of the right shape, in no table' });
  for (const n of [1, 6, 12, 64]) {
    out.push({ value: '0'.repeat(n), label: `${n} zeros` });
    out.push({ value: '9'.repeat(n), label: `${n} nines` });
  }
  out.push({ value: '-', label: 'one dash' }, { value: '_'.repeat(64), label: '64 underscores' });
  out.push({ value: 'a', label: 'one letter' }, { value: 'z'.repeat(32), label: '32 letters' });
  out.push({ value: 'z'.repeat(64), label: '64 letters' });
  // Page cursors carry an instant and a sequence number.
  for (const c of calendarStrings().filter((x) => x.label.startsWith('instant'))) {
    out.push({ value: `${c.value}|999999999999`, label: `cursor at ${c.label}` });
  }
  out.push({ value: '00:00', label: 'midnight' }, { value: '23:59', label: 'last minute' });
  // Yearly dates (MM-DD): the year's ends and a day not every year has.
  out.push({ value: '01-01', label: 'new year' }, { value: '12-31', label: 'new year’s eve' });
  out.push({ value: '02-29', label: 'leap day' }, { value: '04-31', label: 'a day no April has' });
  out.push({ value: 'Pacific/Kiritimati', label: 'zone +14' }, { value: 'Etc/GMT+12', label: 'zone -12' });
  return out;
}

function numberEdges(node: Node): { value: unknown; label: string }[] {
  const int = node.isInt === true;
  const lo = Number.isFinite(node.minValue)
    ? node.minValue!
    : int
      ? Number.MIN_SAFE_INTEGER
      : -Number.MAX_VALUE;
  const hi = Number.isFinite(node.maxValue)
    ? node.maxValue!
    : int
      ? Number.MAX_SAFE_INTEGER
      : Number.MAX_VALUE;
  const out = [
    { value: lo, label: `smallest allowed ${lo}` },
    { value: hi, label: `largest allowed ${hi}` },
  ];
  if (lo < 0 && hi > 0) out.push({ value: 0, label: 'zero' });
  if (!int && lo <= Number.MIN_VALUE && hi >= Number.MIN_VALUE)
    out.push({ value: Number.MIN_VALUE, label: 'smallest positive double' });
  return out;
}

function arrayMax(def: Def): number | null {
  const c = def.checks?.find(
    (k) => k._zod.def.check === 'max_length' || k._zod.def.check === 'length_equals',
  );
  return c?._zod.def.maximum ?? null;
}

interface At {
  path: string;
  label: string;
  value: unknown;
}

/** Values for one position of the input; `ex` is the example's value there, if any. */
function valuesAt(node: Node, ex: unknown, path: string): At[] {
  const def = node._zod.def;
  const leaf = (vs: { value: unknown; label: string }[]) => vs.map((v) => ({ path, ...v }));
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return valuesAt(def.innerType!, ex, path);
    case 'nullable':
      return [
        { path, label: 'null', value: null },
        ...valuesAt(def.innerType!, ex === null ? undefined : ex, path),
      ];
    case 'pipe':
      return valuesAt(def.in!, ex, path);
    case 'object': {
      if (!isPlainObject(ex)) return [];
      const out: At[] = [];
      for (const [key, child] of Object.entries(def.shape!)) {
        for (const v of valuesAt(child, ex[key], path ? `${path}.${key}` : key)) {
          out.push({ ...v, value: { ...ex, [key]: v.value } });
        }
      }
      return out;
    }
    case 'array': {
      const out: At[] = [{ path, label: 'empty array', value: [] }];
      const items = Array.isArray(ex) ? ex : [];
      const inner = valuesAt(def.element!, items[0], `${path}[0]`);
      const max = arrayMax(def);
      const base = items.length > 0 ? items[0] : inner.find((v) => v.value !== null)?.value;
      if (max !== null && base !== undefined && max <= 10_000) {
        // The same element repeated: some arrays refuse duplicates, and then say so clearly.
        out.push({
          path,
          label: `array at max length ${max}`,
          value: Array.from({ length: max }, () => base),
        });
      }
      for (const v of inner) out.push({ ...v, value: [v.value, ...items.slice(1)] });
      return out;
    }
    case 'tuple': {
      if (!Array.isArray(ex)) return [];
      const out: At[] = [];
      def.items!.forEach((item, i) => {
        for (const v of valuesAt(item, ex[i], `${path}[${i}]`)) {
          const copy = [...ex];
          copy[i] = v.value;
          out.push({ ...v, value: copy });
        }
      });
      return out;
    }
    case 'union': {
      // A union of objects: walk the branch the example is in. Of plain values: all of them.
      const branch = ex === undefined ? undefined : def.options!.find((o) => o.safeParse(ex).success);
      if (branch && branch._zod.def.type === 'object') return valuesAt(branch, ex, path);
      return def.options!.flatMap((o) => valuesAt(o, ex, path));
    }
    case 'enum':
      return leaf(Object.values(def.entries!).map((v) => ({ value: v, label: `option ${String(v)}` })));
    case 'literal':
      return leaf(def.values!.map((v) => ({ value: v, label: `literal ${String(v)}` })));
    case 'boolean':
      return leaf([
        { value: true, label: 'true' },
        { value: false, label: 'false' },
      ]);
    case 'number':
      return leaf(numberEdges(node));
    case 'string':
      return leaf(stringEdges(node, ex));
    case 'record': {
      // Values of a record are checked by the code behind it (a correction's changes, say):
      // each key of the example gets the calendar's edges and long text in every script.
      const out: At[] = [{ path, label: 'empty record', value: {} }];
      if (!isPlainObject(ex)) return out;
      const loose = [
        ...calendarStrings(),
        ...SCRIPTS.map((x) => ({ label: `${x.label} x200`, value: fill(x.unit, 200) })),
      ];
      const valueType = def.valueType!;
      const typed = !['unknown', 'any'].includes(valueType._zod.def.type);
      for (const key of Object.keys(ex)) {
        const at = `${path}.${key}`;
        const values = typed ? valuesAt(valueType, ex[key], at) : loose.map((v) => ({ ...v, path: at }));
        for (const v of values) out.push({ ...v, value: { ...ex, [key]: v.value } });
      }
      return out;
    }
    default:
      return [];
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface EdgePlan {
  /** Inputs the schema accepts: each must be answered, never with `internal`. */
  accepted: Edge[];
  /** Dates beyond the calendar: each must be refused naming the calendar's range. */
  beyondCalendar: Edge[];
  /** Paths of the input that got no accepted edge value (to keep the coverage honest). */
  uncovered: string[];
}

/**
 * Every edge input of one method: its example as it is, then the example with one
 * position at a time set to each candidate the schema accepts (or, for dates, refuses
 * only because they lie beyond the calendar).
 */
export function edgeInputs(input: Node, example: unknown): EdgePlan {
  const base = example ?? {};
  const plan: EdgePlan = {
    accepted: [{ path: '', label: 'the example', input: base }],
    beyondCalendar: [],
    uncovered: [],
  };
  const covered = new Map<string, boolean>();
  // The example is sent once; a candidate equal to it (a literal, say) covers its place.
  const seen = new Set<string>([JSON.stringify(base)]);
  for (const v of valuesAt(input, base, '')) {
    if (!covered.has(v.path)) covered.set(v.path, false);
    const key = JSON.stringify(v.value);
    if (seen.has(key)) {
      if (key === JSON.stringify(base)) covered.set(v.path, true);
      continue;
    }
    seen.add(key);
    const parsed = input.safeParse(v.value);
    const edge = { path: v.path, label: v.label, input: v.value };
    if (parsed.success) {
      plan.accepted.push(edge);
      covered.set(v.path, true);
    } else if (parsed.error!.issues.some((i) => i.message === 'errors.field.calendar_range')) {
      plan.beyondCalendar.push(edge);
    }
  }
  // A container whose own edge (an empty record, say) is refused is covered through its parts.
  const coveredPaths = [...covered].filter(([, ok]) => ok).map(([p]) => p);
  plan.uncovered = [...covered]
    .filter(([p, ok]) => !ok && !coveredPaths.some((c) => c.startsWith(`${p}.`) || c.startsWith(`${p}[`)))
    .map(([p]) => p);
  return plan;
}
