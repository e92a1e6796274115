import type { StatBar, StatFigure, StatMetric, StatRecord } from '../../common/contract/statistics';
import { periodKind } from '../../common/domain/assessment';
import { DONE_STATES } from '../../common/domain/drills';
import { EQUIPMENT_KINDS } from '../../common/domain/equipment';
import { CATEGORIES, GRADES } from '../../common/domain/incidents';
import { LOT_EXPIRY_LEAD_DAYS } from '../../common/domain/supplies';
import { localDate, localParts } from '../../common/time/zone';
import type { Actor } from '../actor';
import { periodRange } from '../assessment/compute';
import { schemeAt } from '../assessment/schemes';
import { stmt } from '../db/sql';
import type { ReadDb } from '../db/handles';
import { drillSealedFor, isController } from '../drills/views';
import type { DrillRow } from '../drills/rows';
import { owedChecks as owedChecksIn, type OwedCheck } from '../equipment/owed';
import { listTowns } from '../geo/repo';
import { readSettings } from '../settings/repo';
import { STOCK_LINES_SQL, round } from '../supplies/ledger';
import {
  incidentTimeliness,
  lateBucket,
  LATE_BUCKETS,
  type IncidentTimeliness,
  type TimelinessItem,
} from '../stats/timeliness';

/**
 * The statistics page's figures (统计), each a list of facts: one record and the bar it
 * falls in. A figure's bars are its facts counted by key; `stats.records` is its facts
 * of one key. Counting and listing read the same facts, so a bar's number is always the
 * length of the list it opens. Real work only: incidents, checks, faults, warnings and
 * stock of a drill (演练) are left out in every query here.
 */
export interface Fact {
  key: string;
  /** The bar's name from the register (a depot), when the key is an id. */
  label?: string | null;
  record: StatRecord;
}

export interface StatsFrame {
  db: ReadDb;
  actor: Actor;
  period: string;
  from: string;
  to: string;
  /** When owed things are judged: the period's end, or now while it runs. */
  asOf: Date;
  now: Date;
  tz: string;
  town: string | null;
  limits: { spotCheckSeconds: number; callMinutes: number; ackMinutes: number };
  /** Read once per frame, shared by the figures that need them. */
  cache: Map<string, unknown>;
}

export function statsFrame(
  db: ReadDb,
  actor: Actor,
  period: string,
  town: string | null,
  now: Date,
): StatsFrame {
  const tz = readSettings(db).timeZone;
  const { from, to } = periodRange(period, tz);
  return {
    db,
    actor,
    period,
    from,
    to,
    asOf: new Date(Math.min(Date.parse(to), now.getTime())),
    now,
    tz,
    town,
    limits: schemeAt(db, from).scheme.limits,
    cache: new Map(),
  };
}

function cached<T>(f: StatsFrame, key: string, make: () => T): T {
  if (!f.cache.has(key)) f.cache.set(key, make());
  return f.cache.get(key) as T;
}

const pad = (n: number) => String(n).padStart(2, '0');
const minutesBetween = (a: string, b: string) => Math.ceil((Date.parse(b) - Date.parse(a)) / 60_000);

/** incidents.period's step: local days in a month, months in a quarter or a year. */
export const stepOf = (period: string): 'day' | 'month' => (periodKind(period) === 'month' ? 'day' : 'month');

/** The bars of the period, oldest first: every day (or month) of it, zeros too. */
function periodKeys(f: StatsFrame): string[] {
  const p = localParts(new Date(f.from), f.tz);
  const out: string[] = [];
  if (stepOf(f.period) === 'month') {
    const months = periodKind(f.period) === 'year' ? 12 : 3;
    for (let i = 0; i < months; i++) out.push(`${p.year}-${pad(p.month + i)}`);
    return out;
  }
  const days = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  for (let d = 1; d <= days; d++) out.push(`${p.year}-${pad(p.month)}-${pad(d)}`);
  return out;
}

// ---- incidents -------------------------------------------------------------

const incidents = (f: StatsFrame): IncidentTimeliness[] =>
  cached(f, 'incidents', () =>
    incidentTimeliness(f.db, { from: f.from, to: f.to, townCode: f.town }, f.asOf),
  );

function incidentRecord(i: IncidentTimeliness, at: string | null, detail: StatRecord['detail']): StatRecord {
  return {
    kind: 'incident',
    id: i.id,
    number: i.number,
    title: i.title,
    at,
    townName: i.townName,
    detail: { grade: i.grade, status: i.status, ...detail },
    q: null,
  };
}

const received = (f: StatsFrame): Fact[] =>
  incidents(f).map((i) => ({ key: '', record: incidentRecord(i, i.receivedAt, { category: i.category }) }));

/** 办结用时 buckets (hours, inclusive); past the last, `more`; not closed yet, `open`. */
export const CLOSURE_BUCKETS = [24, 72, 168] as const;

function closureKey(i: IncidentTimeliness): string {
  if (i.status !== 'closed' || !i.closedAt) return 'open';
  const hours = (Date.parse(i.closedAt) - Date.parse(i.receivedAt)) / 3_600_000;
  const b = CLOSURE_BUCKETS.find((h) => hours <= h);
  return b === undefined ? 'more' : `h${b}`;
}

/** Report items of real incidents (withdrawn ones owe nothing, as in 考核). */
function reportItems(
  f: StatsFrame,
  kinds: TimelinessItem['kind'][],
): { i: IncidentTimeliness; item: TimelinessItem }[] {
  return incidents(f)
    .filter((i) => i.status !== 'withdrawn')
    .flatMap((i) => i.items.filter((it) => kinds.includes(it.kind)).map((item) => ({ i, item })));
}

const itemRecord = (i: IncidentTimeliness, item: TimelinessItem) =>
  incidentRecord(i, item.dueAt, {
    report: item.kind,
    dueAt: item.dueAt,
    doneAt: item.doneAt,
    minutesLate: item.minutesLate,
    state: item.status,
  });

// ---- 查岗 -------------------------------------------------------------------

interface SpotCheck {
  id: string;
  at: string;
  unit: string;
  caller: string;
  answeredBy: string;
  seconds: number;
}

/** 查岗 of the room (spot_check entries, as recorded; a correction does not add one), as 考核 reads them. */
const spotChecks = (f: StatsFrame): SpotCheck[] =>
  cached(f, 'spot', () =>
    stmt<[string, string], { id: string; occurred_at: string; data_json: string }>(
      f.db,
      `SELECT id, occurred_at, data_json FROM entries
        WHERE kind = 'spot_check' AND corrects_id IS NULL AND occurred_at >= ? AND occurred_at < ?
        ORDER BY occurred_at, seq`,
    )
      .all(f.from, f.to)
      .map((r) => {
        const d = JSON.parse(r.data_json) as {
          callerUnit: string;
          callerName: string;
          answeredBy: string;
          answerSeconds: number;
        };
        return {
          id: r.id,
          at: r.occurred_at,
          unit: d.callerUnit,
          caller: d.callerName,
          answeredBy: d.answeredBy,
          seconds: d.answerSeconds,
        };
      }),
  );

/** Seconds-to-answer buckets (inclusive); past the last, `more`. */
export const SPOT_BUCKETS = [30, 60, 180, 300] as const;

const spotRecord = (s: SpotCheck): StatRecord => ({
  kind: 'entry',
  id: s.id,
  number: '',
  title: [s.unit, s.caller].filter(Boolean).join(' '),
  at: s.at,
  townName: null,
  detail: { seconds: s.seconds, answeredBy: s.answeredBy },
  q: s.unit,
});

// ---- equipment --------------------------------------------------------------

/** Each check owed in the period (an interval of an item that ended in it, up to now) and the real check that kept it. */
const owedChecks = (f: StatsFrame): OwedCheck[] =>
  cached(f, 'checks', () => owedChecksIn(f.db, f.from, f.to, f.now));

// ---- drills -----------------------------------------------------------------

interface Campaign {
  id: string;
  title: string;
  deadline: string;
}

/**
 * The campaign of the period: a campaign covers the calendar year of its deadline (the
 * 2026 campaign's drills are due by 2026-06-20), and a period (month, quarter, year) lies
 * in one year. Of that year's campaigns, the first whose deadline falls on or after the
 * period's start, else the year's last. None in that year: none (a 2027 campaign issued
 * in December 2026 does not count for December).
 */
export function campaignFor(f: StatsFrame): Campaign | null {
  return cached(f, 'campaign', () => {
    const start = localDate(new Date(f.from), f.tz);
    const year = stmt<[string], Campaign>(
      f.db,
      'SELECT id, title, deadline FROM drill_campaigns WHERE substr(deadline, 1, 4) = ? ORDER BY deadline, id',
    ).all(start.slice(0, 4));
    return year.find((c) => c.deadline >= start) ?? year[year.length - 1] ?? null;
  });
}

// ---- warnings ---------------------------------------------------------------

interface Recipient {
  warningId: string;
  headline: string;
  unit: string;
  person: string;
  townName: string | null;
  needsCall: boolean;
  sentAt: string;
  calledAt: string | null;
  ackAt: string | null;
}

const recipients = (f: StatsFrame): Recipient[] =>
  cached(f, 'recipients', () => {
    const rows = stmt<
      { from: string; to: string; town: string | null },
      {
        id: string;
        warning_id: string;
        headline: string;
        unit: string;
        person: string;
        town_name: string | null;
        needs_call: 0 | 1;
        sent_at: string;
        called_at: string | null;
        ack_at: string | null;
      }
    >(
      f.db,
      `SELECT r.id, r.warning_id, w.headline, r.unit, r.person, t.name AS town_name, r.needs_call, r.sent_at,
              (SELECT min(e.at) FROM warning_events e WHERE e.recipient_id = r.id AND e.kind = 'call'
                  AND json_extract(e.data_json, '$.answered') = 1) AS called_at,
              (SELECT min(e.at) FROM warning_events e WHERE e.recipient_id = r.id AND e.kind = 'ack') AS ack_at
         FROM warning_recipients r JOIN warnings w ON w.id = r.warning_id LEFT JOIN towns t ON t.code = r.town_code
        WHERE w.drill_id IS NULL AND r.sent_at >= :from AND r.sent_at < :to
          AND (:town IS NULL OR r.town_code = :town)
        ORDER BY r.sent_at, r.id`,
    ).all({ from: f.from, to: f.to, town: f.town });
    return rows.map((r) => ({
      warningId: r.warning_id,
      headline: r.headline,
      unit: r.unit,
      person: r.person,
      townName: r.town_name,
      needsCall: r.needs_call === 1,
      sentAt: r.sent_at,
      calledAt: r.called_at,
      ackAt: r.ack_at,
    }));
  });

/** on_time, late, never (its time is up unanswered) or pending (still within it). */
function answerKey(f: StatsFrame, sentAt: string, doneAt: string | null, limit: number): string {
  const asOf = f.asOf.toISOString();
  if (doneAt !== null && doneAt <= asOf) return minutesBetween(sentAt, doneAt) <= limit ? 'on_time' : 'late';
  return minutesBetween(sentAt, asOf) <= limit ? 'pending' : 'never';
}

const recipientRecord = (r: Recipient, doneAt: string | null, state: string): StatRecord => ({
  kind: 'warning',
  id: r.warningId,
  number: '',
  title: r.headline,
  at: r.sentAt,
  townName: r.townName,
  detail: {
    unit: r.unit,
    person: r.person,
    minutes: doneAt ? minutesBetween(r.sentAt, doneAt) : null,
    state,
  },
  q: null,
});

/** A check owed: a kept one leads to the check itself, a missed one to the item's checks over the period it was owed in. */
const checkRecord = (c: OwedCheck): StatRecord => ({
  kind: c.checkId ? 'check' : 'missedCheck',
  id: c.checkId ?? c.equipmentId,
  number: '',
  title: c.name,
  at: c.checkedAt ?? c.end,
  townName: null,
  detail: { from: c.start, to: c.end, checkedAt: c.checkedAt, equipmentId: c.equipmentId },
  q: null,
});

/** Faults opened in the period (real ones), with their item's kind. */
const faultFacts = (f: StatsFrame): { kind: string; status: string; record: StatRecord }[] =>
  cached(f, 'faults', () =>
    stmt<
      [string, string],
      {
        id: string;
        number: string;
        name: string;
        kind: string;
        description: string;
        opened_at: string;
        status: string;
      }
    >(
      f.db,
      `SELECT x.id, x.number, e.name, e.kind, x.description, x.opened_at, x.status
         FROM faults x JOIN equipment e ON e.id = x.equipment_id
        WHERE x.drill_id IS NULL AND x.opened_at >= ? AND x.opened_at < ? ORDER BY x.opened_at, x.id`,
    )
      .all(f.from, f.to)
      .map((x) => ({
        kind: x.kind,
        status: x.status,
        record: {
          kind: 'fault' as const,
          id: x.id,
          number: x.number,
          title: x.name,
          at: x.opened_at,
          townName: null,
          detail: { description: x.description, state: x.status },
          q: null,
        },
      })),
  );

// ---- the figures ------------------------------------------------------------

/** A figure's definition: its scope, its known keys in order (zeros shown), and its facts. */
interface FigureDef {
  scope: StatFigure['scope'];
  current?: boolean;
  keys?: (f: StatsFrame) => { key: string; label: string | null }[];
  facts: (f: StatsFrame) => Fact[];
  /** Bars of keys not listed: by count (type) or as they come. */
  order?: 'count' | 'first';
  /** A bar's `of` (drills planned in the domain). */
  of?: (f: StatsFrame, key: string) => number;
}

const plain = (keys: readonly string[]) => () => keys.map((key) => ({ key, label: null }));
const STATUSES = ['on_time', 'late', 'missing', 'pending'] as const;

const FIGURES: Record<StatMetric, FigureDef> = {
  'incidents.period': {
    scope: 'town',
    keys: (f) => periodKeys(f).map((key) => ({ key, label: null })),
    facts: (f) =>
      received(f).map((x) => {
        const d = localDate(new Date(x.record.at!), f.tz);
        return { ...x, key: stepOf(f.period) === 'day' ? d : d.slice(0, 7) };
      }),
  },
  'incidents.category': {
    scope: 'town',
    keys: plain(CATEGORIES),
    facts: (f) => incidents(f).map((i) => ({ key: i.category, record: incidentRecord(i, i.receivedAt, {}) })),
  },
  'incidents.type': {
    scope: 'town',
    order: 'count',
    facts: (f) => incidents(f).map((i) => ({ key: i.subtype, record: incidentRecord(i, i.receivedAt, {}) })),
  },
  'incidents.grade': {
    scope: 'town',
    keys: plain(GRADES),
    facts: (f) => incidents(f).map((i) => ({ key: i.grade, record: incidentRecord(i, i.receivedAt, {}) })),
  },
  'incidents.town': {
    scope: 'town',
    keys: (f) =>
      listTowns(f.db)
        .filter((t) => f.town === null || t.code === f.town)
        .map((t) => ({ key: t.code, label: t.name })),
    facts: (f) =>
      incidents(f).map((i) => ({ key: i.townCode ?? 'none', record: incidentRecord(i, i.receivedAt, {}) })),
  },
  'reports.phone': {
    scope: 'town',
    keys: plain(STATUSES),
    facts: (f) =>
      reportItems(f, ['phone']).map(({ i, item }) => ({ key: item.status, record: itemRecord(i, item) })),
  },
  'reports.written': {
    scope: 'town',
    keys: plain(STATUSES),
    facts: (f) =>
      reportItems(f, ['written']).map(({ i, item }) => ({ key: item.status, record: itemRecord(i, item) })),
  },
  'reports.lateMinutes': {
    scope: 'town',
    keys: plain([...LATE_BUCKETS.map(String), 'more']),
    facts: (f) =>
      reportItems(f, ['phone', 'written'])
        .filter(({ item }) => item.status === 'late')
        .map(({ i, item }) => ({ key: String(lateBucket(item.minutesLate!)), record: itemRecord(i, item) })),
  },
  'reports.followup': {
    scope: 'town',
    keys: plain(STATUSES),
    facts: (f) =>
      reportItems(f, ['followup']).map(({ i, item }) => ({ key: item.status, record: itemRecord(i, item) })),
  },
  'incidents.closure': {
    scope: 'town',
    keys: plain([...CLOSURE_BUCKETS.map((h) => `h${h}`), 'more', 'open']),
    facts: (f) =>
      incidents(f)
        .filter((i) => i.status !== 'withdrawn')
        .map((i) => ({
          key: closureKey(i),
          record: incidentRecord(i, i.receivedAt, {
            closedAt: i.closedAt,
            hours:
              i.status === 'closed' && i.closedAt
                ? Math.round(((Date.parse(i.closedAt) - Date.parse(i.receivedAt)) / 3_600_000) * 10) / 10
                : null,
          }),
        })),
  },
  'spotChecks.answer': {
    scope: 'county',
    keys: plain(['in_limit', 'over']),
    facts: (f) =>
      spotChecks(f).map((s) => ({
        key: s.seconds <= f.limits.spotCheckSeconds ? 'in_limit' : 'over',
        record: spotRecord(s),
      })),
  },
  'spotChecks.seconds': {
    scope: 'county',
    keys: plain([...SPOT_BUCKETS.map((s) => `s${s}`), 'more']),
    facts: (f) =>
      spotChecks(f).map((s) => {
        const b = SPOT_BUCKETS.find((x) => s.seconds <= x);
        return { key: b === undefined ? 'more' : `s${b}`, record: spotRecord(s) };
      }),
  },
  'checks.status': {
    scope: 'county',
    keys: plain(['done', 'missed']),
    facts: (f) =>
      owedChecks(f).map((c) => ({ key: c.checkedAt ? 'done' : 'missed', record: checkRecord(c) })),
  },
  'checks.kind': {
    scope: 'county',
    keys: plain(EQUIPMENT_KINDS),
    // A bar counts the kind's checks kept, against all it owed in the period.
    facts: (f) =>
      owedChecks(f)
        .filter((c) => c.checkedAt !== null)
        .map((c) => ({ key: c.kind, record: checkRecord(c) })),
    of: (f, key) => owedChecks(f).filter((c) => c.kind === key).length,
  },
  'faults.kind': {
    scope: 'county',
    keys: plain(EQUIPMENT_KINDS),
    facts: (f) => faultFacts(f).map((x) => ({ key: x.kind, record: x.record })),
  },
  'faults.status': {
    scope: 'county',
    keys: plain(['open', 'closed']),
    facts: (f) =>
      faultFacts(f).map((x) => ({ key: x.status === 'closed' ? 'closed' : 'open', record: x.record })),
  },
  'drills.domain': {
    scope: 'county',
    keys: (f) => {
      const c = campaignFor(f);
      if (!c) return [];
      return stmt<[string], { id: string; domain: string; name: string }>(
        f.db,
        'SELECT id, domain, name FROM drill_campaign_domains WHERE campaign_id = ? ORDER BY position, id',
      )
        .all(c.id)
        .map((d) => ({ key: d.id, label: d.name.trim() || `drillDomain.${d.domain}` }));
    },
    // A bar counts the domain's drills done by the period's end, against all registered in it.
    facts: (f) => drillFacts(f).filter((x) => x.done),
    of: (f, key) => drillFacts(f).filter((x) => x.key === key).length,
  },
  'warnings.call': {
    scope: 'town',
    keys: plain(['on_time', 'late', 'never', 'pending']),
    facts: (f) =>
      recipients(f)
        .filter((r) => r.needsCall)
        .map((r) => {
          const key = answerKey(f, r.sentAt, r.calledAt, f.limits.callMinutes);
          return { key, record: recipientRecord(r, r.calledAt, key) };
        }),
  },
  'warnings.ack': {
    scope: 'town',
    keys: plain(['on_time', 'late', 'never', 'pending']),
    facts: (f) =>
      recipients(f).map((r) => {
        const key = answerKey(f, r.sentAt, r.ackAt, f.limits.ackMinutes);
        return { key, record: recipientRecord(r, r.ackAt, key) };
      }),
  },
  'stock.below': {
    scope: 'town',
    current: true,
    order: 'first',
    facts: (f) =>
      stmt<
        { town: string | null },
        {
          depot_id: string;
          item_id: string;
          depot: string;
          town_name: string | null;
          item: string;
          unit: string;
          minimum: number;
          quantity: number;
        }
      >(
        f.db,
        `SELECT s.depot_id, s.item_id, d.name AS depot, t.name AS town_name, s.item, s.unit, s.minimum, s.quantity
           FROM (${STOCK_LINES_SQL}) s JOIN depots d ON d.id = s.depot_id LEFT JOIN towns t ON t.code = d.town_code
          WHERE d.archived = 0 AND s.minimum > 0 AND s.quantity < s.minimum AND (:town IS NULL OR d.town_code = :town)
          ORDER BY d.name, s.position, s.item`,
      )
        .all({ town: f.town })
        .map((s) => ({
          key: s.depot_id,
          label: s.depot,
          // The stock line (depot and item), as 应急物资's 库存 keys it.
          record: {
            kind: 'stock',
            id: `${s.depot_id}/${s.item_id}`,
            number: '',
            title: s.item,
            at: null,
            townName: s.town_name,
            detail: {
              depot: s.depot,
              depotId: s.depot_id,
              quantity: round(s.quantity),
              minimum: s.minimum,
              unit: s.unit,
            },
            q: s.item,
          },
        })),
  },
  'lots.expiring': {
    scope: 'town',
    current: true,
    keys: plain(['expired', 'soon']),
    facts: (f) => {
      const today = localDate(f.now, f.tz);
      const p = localParts(f.now, f.tz);
      const soon = new Date(Date.UTC(p.year, p.month - 1, p.day + LOT_EXPIRY_LEAD_DAYS))
        .toISOString()
        .slice(0, 10);
      return stmt<
        { town: string | null; soon: string },
        {
          id: string;
          depot_id: string;
          item_id: string;
          lot_no: string;
          expires_on: string;
          depot: string;
          town_name: string | null;
          item: string;
          unit: string;
          quantity: number;
        }
      >(
        f.db,
        `SELECT l.id, b.depot_id, b.item_id, l.lot_no, l.expires_on, d.name AS depot, t.name AS town_name, i.name AS item, i.unit, b.quantity
           FROM supply_lot_balances b JOIN supply_lots l ON l.id = b.lot_id JOIN depots d ON d.id = b.depot_id
           JOIN supply_items i ON i.id = b.item_id LEFT JOIN towns t ON t.code = d.town_code
          WHERE b.drill = '' AND b.quantity > 0 AND l.expires_on IS NOT NULL AND l.expires_on <= :soon
            AND d.archived = 0 AND (:town IS NULL OR d.town_code = :town)
          ORDER BY l.expires_on, d.name, i.name`,
      )
        .all({ town: f.town, soon })
        .map((l) => ({
          key: l.expires_on < today ? 'expired' : 'soon',
          // The lot itself (a lot is of one depot), as 应急物资's 批次 keys it.
          record: {
            kind: 'lot',
            id: l.id,
            number: l.lot_no,
            title: l.item,
            at: l.expires_on,
            townName: l.town_name,
            detail: {
              depot: l.depot,
              depotId: l.depot_id,
              lotId: l.id,
              quantity: round(l.quantity),
              unit: l.unit,
              expiresOn: l.expires_on,
            },
            q: l.item,
          },
        }));
    },
  },
};

interface DrillFact extends Fact {
  done: boolean;
}

/** Every drill registered under the campaign's domains; a sealed one shows its number and state only. */
function drillFacts(f: StatsFrame): DrillFact[] {
  return cached(f, 'drills', () => {
    const c = campaignFor(f);
    if (!c) return [];
    const to = f.asOf.toISOString();
    return stmt<[string], DrillRow>(
      f.db,
      'SELECT * FROM drills WHERE campaign_id = ? AND domain_id IS NOT NULL ORDER BY scheduled_at, number',
    )
      .all(c.id)
      .map((d) => {
        const sealed = drillSealedFor(d, isController(f.db, f.actor, d.id), f.actor);
        const done = DONE_STATES.includes(d.state) && d.ended_at !== null && d.ended_at < to;
        return {
          key: d.domain_id!,
          done,
          record: {
            kind: 'drill' as const,
            id: d.id,
            number: d.number,
            title: sealed ? '' : d.title,
            at: sealed ? null : (d.ended_at ?? d.scheduled_at),
            townName: null,
            detail: { state: d.state, sealed: sealed ? 1 : 0 },
            q: null,
          },
        };
      });
  });
}

/** The facts of one figure. */
export const factsOf = (f: StatsFrame, metric: StatMetric): Fact[] => FIGURES[metric].facts(f);

/** One figure: its facts counted by key, the known keys first in their order (zeros too). */
export function figureOf(f: StatsFrame, metric: StatMetric): StatFigure {
  const def = FIGURES[metric];
  const facts = def.facts(f);
  const counts = new Map<string, number>();
  const labels = new Map<string, string | null>();
  for (const x of facts) {
    counts.set(x.key, (counts.get(x.key) ?? 0) + 1);
    if (x.label !== undefined) labels.set(x.key, x.label);
  }
  const bars: StatBar[] = [];
  const seen = new Set<string>();
  const bar = (key: string, label: string | null) => {
    seen.add(key);
    bars.push({ key, label, n: counts.get(key) ?? 0, of: def.of ? def.of(f, key) : null });
  };
  for (const k of def.keys?.(f) ?? []) bar(k.key, k.label);
  const rest = [...counts.keys()].filter((k) => !seen.has(k));
  if (def.order === 'count') rest.sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  for (const k of rest) bar(k, labels.get(k) ?? null);
  return { metric, scope: def.scope, current: def.current ?? false, bars };
}
