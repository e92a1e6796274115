/**
 * 预警信息 and 叫应 (issue 16): a warning received from an issuing body, forwarded to the
 * towns and departments it concerns, each recipient answering for itself. The rules of
 * this page are pure, so the server and every screen (with its own clock) judge alike.
 */
import type { Subtype } from './incidents';

/** Who issued it (发布单位 kind). */
export const WARNING_SOURCES = [
  'weather',
  'water',
  'natural_resources',
  'forestry',
  'health',
  'other',
] as const;
export type WarningSource = (typeof WARNING_SOURCES)[number];

/** Ⅰ 红 / Ⅱ 橙 / Ⅲ 黄 / Ⅳ 蓝. */
export const WARNING_LEVELS = ['I', 'II', 'III', 'IV'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];
export const LEVEL_COLOUR: Record<WarningLevel, 'red' | 'orange' | 'yellow' | 'blue'> = {
  I: 'red',
  II: 'orange',
  III: 'yellow',
  IV: 'blue',
};

/** The meteorological signals and the other hazards a warning names (预警类型). */
export const WARNING_HAZARDS = [
  'rainstorm',
  'typhoon',
  'gale',
  'heat',
  'cold_wave',
  'blizzard',
  'thunder',
  'hail',
  'fog',
  'road_ice',
  'frost',
  'drought',
  'flood',
  'geohazard',
  'forest_fire',
  'epidemic',
  'other',
] as const;
export type WarningHazard = (typeof WARNING_HAZARDS)[number];

/** How the warning reached the room. */
export const WARNING_CHANNELS = ['system', 'fax', 'phone', 'sms', 'cap_file', 'other'] as const;
export type WarningChannel = (typeof WARNING_CHANNELS)[number];

/** How a warning goes to a recipient (转发方式). */
export const FORWARD_CHANNELS = ['phone', 'sms', 'fax', 'system'] as const;
export type ForwardChannel = (typeof FORWARD_CHANNELS)[number];

/** How a recipient answered (回执方式). */
export const ACK_HOWS = ['phone', 'sms', 'fax', 'system', 'in_person'] as const;
export type AckHow = (typeof ACK_HOWS)[number];

/** 已接收 → 已转发 → 叫应中 → 已全部回执 / 部分未回执 → 更新 / 解除 / 过期. */
export const WARNING_STATES = [
  'received',
  'forwarded',
  'calling',
  'all_acked',
  'partly_unacked',
  'updated',
  'cancelled',
  'expired',
] as const;
export type WarningState = (typeof WARNING_STATES)[number];

/** The rules (设置 → 预警叫应): local numbers with the common defaults. */
export interface WarningRules {
  /** Levels whose recipients are phoned (叫应), Ⅰ and Ⅱ by default. */
  callLevels: WarningLevel[];
  /** 叫应: a phone call answered within this many minutes of sending (5). */
  callMinutes: number;
  /** 回执: every recipient answers within this many minutes of sending (30). */
  ackMinutes: number;
  /** The 叫应名录's yearly review, MM-DD (04-20, before the flood season). */
  reviewDate: string;
}

export const DEFAULT_WARNING_RULES: WarningRules = {
  callLevels: ['I', 'II'],
  callMinutes: 5,
  ackMinutes: 30,
  reviewDate: '04-20',
};

/** One recipient as the rules see it. */
export interface RecipientClock {
  sentAt: string;
  needsCall: boolean;
  /** The first answered 叫应 call, if any. */
  calledAt: string | null;
  ackedAt: string | null;
  /** Escalated to the next person already (a recipient points back at this one). */
  escalated: boolean;
}

export interface RecipientStatus {
  callDue: string | null;
  ackDue: string;
  /** 叫应 not answered in time (still unanswered past due, or answered after it). */
  callLate: boolean;
  /** 回执 not in by its due (still missing past due, or came after it). */
  ackLate: boolean;
  /** No 回执 past its due and not escalated yet: escalate to the next person of the town now. */
  escalate: boolean;
  done: boolean;
}

const MINUTE = 60_000;
const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * MINUTE).toISOString();

/**
 * One recipient's clocks. Only its own call and 回执 count: an answer from another
 * recipient of the same warning, even of the same town, never marks this one.
 */
export function recipientStatus(r: RecipientClock, rules: WarningRules, now: Date): RecipientStatus {
  const t = now.getTime();
  const callDue = r.needsCall ? plus(r.sentAt, rules.callMinutes) : null;
  const ackDue = plus(r.sentAt, rules.ackMinutes);
  const late = (done: string | null, due: string) =>
    done ? Date.parse(done) > Date.parse(due) : t > Date.parse(due);
  const callLate = callDue !== null && late(r.calledAt, callDue);
  const ackLate = late(r.ackedAt, ackDue);
  // A late 叫应 call shows red on its own; the climb up the town's ladder starts when the 回执 is overdue.
  const waiting = r.ackedAt === null && t > Date.parse(ackDue);
  return {
    callDue,
    ackDue,
    callLate,
    ackLate,
    escalate: waiting && !r.escalated,
    done: r.ackedAt !== null,
  };
}

export interface WarningClock {
  expiresAt: string | null;
  cancelled: boolean;
  superseded: boolean;
  recipients: RecipientClock[];
}

/** Where a warning stands now: the state machine's projection of its records and the clock. */
export function warningState(w: WarningClock, rules: WarningRules, now: Date): WarningState {
  if (w.cancelled) return 'cancelled';
  if (w.superseded) return 'updated';
  if (w.expiresAt && Date.parse(w.expiresAt) <= now.getTime()) return 'expired';
  if (w.recipients.length === 0) return 'received';
  const st = w.recipients.map((r) => recipientStatus(r, rules, now));
  // A recipient escalated hands its duty to the next person: that one's answer is what counts.
  const open = st.filter((s, i) => !s.done && !w.recipients[i]!.escalated);
  if (open.length === 0) return 'all_acked';
  if (open.some((s) => s.ackLate)) return 'partly_unacked';
  if (w.recipients.some((r) => r.needsCall)) return 'calling';
  return 'forwarded';
}

/** Whether the warning is still in force and can be forwarded, answered or escalated. */
export const isLive = (s: WarningState) => s !== 'cancelled' && s !== 'updated' && s !== 'expired';

/** A line of 通讯录 as the 叫应 ladder needs it. */
export interface LadderContact {
  id: string;
  category: string;
  townCode: string | null;
  person: string;
  callList: boolean;
  archived?: boolean;
}

/**
 * A town's 叫应 ladder: its duty line first (the unit's line, no person), then the
 * persons on the 叫应 list (党政主要负责人, 防汛责任人), then the rest; 通讯录's order
 * within each step. Unanswered, a warning climbs it one person at a time.
 */
export function townLadder<C extends LadderContact>(contacts: readonly C[], townCode: string): C[] {
  const rank = (c: C) => (c.person === '' ? 0 : c.callList ? 1 : 2);
  return contacts
    .filter(
      (c) => !c.archived && c.townCode === townCode && (c.category === 'town' || c.category === 'village'),
    )
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map((x) => x.c);
}

/** Who a warning goes to first: each affected town's first step, and the departments and leaders on the 叫应 list. */
export function suggestedRecipients<C extends LadderContact>(
  contacts: readonly C[],
  towns: readonly string[],
): C[] {
  const firsts = towns.flatMap((code) => townLadder(contacts, code).slice(0, 1));
  const listed = contacts.filter(
    (c) => !c.archived && c.callList && (c.category === 'department' || c.category === 'county_leader'),
  );
  return [...firsts, ...listed];
}

/** The next person of a recipient's town not yet sent the warning, or null at the top of the ladder. */
export function nextOnLadder<C extends LadderContact>(
  contacts: readonly C[],
  townCode: string | null,
  alreadySent: ReadonlySet<string>,
): C | null {
  if (!townCode) return null;
  return townLadder(contacts, townCode).find((c) => !alreadySent.has(c.id)) ?? null;
}

/** The incident type a warning's hazard becomes when the warning is turned into an incident (生成事件). */
export const HAZARD_SUBTYPE: Record<WarningHazard, Subtype> = {
  rainstorm: 'rainstorm',
  typhoon: 'typhoon',
  gale: 'gale',
  heat: 'heat',
  cold_wave: 'cold',
  blizzard: 'snow',
  thunder: 'lightning',
  hail: 'hail',
  fog: 'fog',
  road_ice: 'cold',
  frost: 'cold',
  drought: 'drought',
  flood: 'flood',
  geohazard: 'landslide',
  forest_fire: 'forest_fire',
  epidemic: 'epidemic',
  other: 'other_natural',
};

/** How a warning reached the room, as the intake's 接报方式 says it. */
export const CHANNEL_OF_WARNING: Record<WarningChannel, 'phone' | 'fax' | 'system' | 'sms'> = {
  system: 'system',
  fax: 'fax',
  phone: 'phone',
  sms: 'sms',
  cap_file: 'system',
  other: 'phone',
};
