import { RESPONSE_ACTIONS, RESPONSE_LEVELS } from '../../../../common/domain/plans';
import { DISPATCH_STATES } from '../../../../common/domain/teams';
import type { TFunction } from 'i18next';
import {
  CHANNELS,
  GRADES,
  REPORT_MEANS,
  REPORT_STAGES,
  type Casualties,
} from '../../../../common/domain/incidents';
import { toLocalText } from '../../components/localTime';
import type { TKey } from '../../i18n/keys';

/**
 * What each kind of entry holds, field by field: how to label it, show it, and edit it
 * in a correction. One table for the timeline, the correction dialog and the print.
 */
export type FieldType =
  | 'text'
  | 'longtext'
  | 'enum'
  | 'seconds'
  | 'time'
  | 'casualties'
  | 'caller'
  | 'place'
  | 'notified'
  | 'category'
  | 'subtype'
  | 'grade'
  | 'bool'
  | 'instruction'
  | 'phone'
  /** A head count (紧急转移安置, 受灾人口). */
  | 'persons'
  /** An amount in 万元 (直接经济损失). */
  | 'wan';

export interface FieldDef {
  key: string;
  type: FieldType;
  /** enum: the codes, and the catalog key of each code's label. */
  options?: readonly string[];
  optionLabel?: (code: string) => TKey;
  /** May be absent or empty (optional parts of a follow-up, 事发时间). */
  optional?: boolean;
  max?: number;
  /** Free text that may hold line breaks (the contract's text(), not name()). */
  multiline?: boolean;
}

export const VERIFY_MEANS = ['phone', 'onsite', 'video', 'system', 'other'] as const;
export const VERIFY_RESULTS = ['confirmed', 'partly', 'unconfirmed', 'false'] as const;
export const INSTRUCTION_PROGRESS = ['in_progress', 'done'] as const;
export const CALL_DIRECTIONS = ['incoming_call', 'notice'] as const;

/** An enum field: `labelOf` maps each code to a real key, checked here for every code. */
const en = <O extends string>(
  key: string,
  options: readonly O[],
  labelOf: (code: O) => TKey,
  max?: number,
): FieldDef => ({
  key,
  type: 'enum',
  options,
  // Stored codes were checked against `options` by the contract; an unknown one reads raw.
  optionLabel: labelOf as (code: string) => TKey,
  ...(max ? { max } : {}),
});

export const FIELDS_BY_KIND: Record<string, FieldDef[]> = {
  // 启动/调整/终止应急响应 (incidents.activateResponse); the plan's id stays out of sight.
  response: [
    en('action', RESPONSE_ACTIONS, (c) => `responseAction.${c}`),
    { key: 'planName', type: 'text', max: 100 },
    { ...en('level', RESPONSE_LEVELS, (c) => `responseLevel.${c}`), optional: true },
    { key: 'decidedBy', type: 'text', max: 30 },
    { key: 'document', type: 'text', max: 100, optional: true },
  ],
  // 调派 → 归队 of a rescue team (dispatches.*); the dispatch and team ids stay out of sight.
  dispatch: [
    { key: 'teamName', type: 'text', max: 60 },
    en('state', DISPATCH_STATES, (c) => `dispatchState.${c}`),
    { key: 'headcount', type: 'persons' },
    { key: 'arrivalMinutes', type: 'text', optional: true },
    { key: 'targetMinutes', type: 'text', optional: true },
    { key: 'note', type: 'text', max: 300, optional: true },
  ],
  intake: [
    { key: 'title', type: 'text', max: 100 },
    en('channel', CHANNELS, (c) => `channel.${c}`),
    { key: 'receivedAt', type: 'time' },
    { key: 'caller', type: 'caller' },
    { key: 'occurredAt', type: 'time', optional: true },
    { key: 'place', type: 'place' },
    { key: 'category', type: 'category' },
    { key: 'subtype', type: 'subtype' },
    { key: 'grade', type: 'grade' },
    { key: 'gradeReason', type: 'longtext', max: 500, optional: true },
    { key: 'description', type: 'longtext', max: 4000, multiline: true },
    { key: 'cause', type: 'longtext', max: 1000, multiline: true },
    { key: 'casualties', type: 'casualties' },
    { key: 'relocated', type: 'persons', optional: true, max: 10_000_000 },
    { key: 'affected', type: 'persons', optional: true, max: 100_000_000 },
    { key: 'directLossWan', type: 'wan', optional: true, max: 100_000_000 },
    { key: 'losses', type: 'text', max: 500 },
    { key: 'measures', type: 'longtext', max: 2000, multiline: true },
    { key: 'trend', type: 'longtext', max: 1000, multiline: true },
    { key: 'notified', type: 'notified' },
    { key: 'recorder', type: 'text', max: 40, optional: true },
  ],
  verify: [
    { key: 'with', type: 'text', max: 60 },
    en('means', VERIFY_MEANS, (c) => `means.${c}`),
    en('result', VERIFY_RESULTS, (c) => `verifyResult.${c}`),
    { key: 'notes', type: 'longtext', max: 2000, multiline: true },
  ],
  followup: [
    { key: 'with', type: 'text', max: 60 },
    en('means', VERIFY_MEANS, (c) => `means.${c}`),
    { key: 'content', type: 'longtext', max: 4000 },
    { key: 'casualties', type: 'casualties', optional: true },
    { key: 'grade', type: 'grade', optional: true },
    { key: 'losses', type: 'text', optional: true, max: 500 },
  ],
  report: [
    en('stage', REPORT_STAGES, (c) => `stage.${c}`),
    { key: 'to', type: 'text', max: 60 },
    en('means', REPORT_MEANS, (c) => `means.${c}`),
    { key: 'content', type: 'longtext', max: 4000, multiline: true },
  ],
  instruction: [
    { key: 'leader', type: 'text', max: 30 },
    { key: 'content', type: 'longtext', max: 2000 },
  ],
  instruction_done: [
    { key: 'instructionId', type: 'instruction' },
    en('status', INSTRUCTION_PROGRESS, (c) => `logs.instructionProgress.${c}`),
    { key: 'result', type: 'longtext', max: 2000 },
  ],
  feedback: [
    { key: 'to', type: 'text', max: 60 },
    { key: 'content', type: 'longtext', max: 2000 },
  ],
  close: [
    { key: 'summary', type: 'longtext', max: 2000 },
    { key: 'noFinalReport', type: 'longtext', max: 500, optional: true },
  ],
  withdraw: [
    { key: 'reason', type: 'longtext', max: 500 },
    { key: 'falseAlarm', type: 'bool' },
  ],
  reopen: [{ key: 'reason', type: 'longtext', max: 500 }],
  call: [
    en('direction', CALL_DIRECTIONS, (c) => `logs.callDirection.${c}`),
    { key: 'fromUnit', type: 'text', max: 100 },
    { key: 'fromName', type: 'text', max: 40 },
    { key: 'phone', type: 'phone' },
    { key: 'content', type: 'longtext', max: 4000 },
  ],
  spot_check: [
    { key: 'callerUnit', type: 'text', max: 100 },
    { key: 'callerName', type: 'text', max: 40 },
    { key: 'answeredBy', type: 'text', max: 40 },
    { key: 'answerSeconds', type: 'seconds' },
    { key: 'result', type: 'text', max: 500 },
  ],
  equipment_handover: [
    { key: 'items', type: 'longtext', max: 1000 },
    { key: 'receivedBy', type: 'text', max: 40 },
  ],
  other: [{ key: 'content', type: 'longtext', max: 4000 }],
};

/** The entry's own time, correctable on every kind but the intake (whose time is 接报时间). */
export const OCCURRED_AT_FIELD: FieldDef = { key: 'occurredAt', type: 'time' };

export const GRADE_LIST = GRADES;

/**
 * The label of a stored code of an enum field (report · stage · 'final' is 终报), through
 * the field's own typed key; a code the table does not know reads as itself.
 */
export function codeText(t: TFunction, kind: string, key: string, value: unknown): string {
  const code = typeof value === 'string' ? value : '';
  const def = FIELDS_BY_KIND[kind]?.find((d) => d.key === key);
  return def?.optionLabel ? t(def.optionLabel(code), { defaultValue: code }) : code;
}

/** A field's label; some fields read differently by kind (核实对象 vs 跟踪对象). */
export function fieldLabel(t: TFunction, kind: string, key: string): string {
  // An intake's occurredAt is 事发时间 (a field); any other entry's is when the step happened.
  if (key === 'occurredAt' && kind !== 'intake') return t('logs.field.occurredAtEntry');
  return t(`logs.field.${kind}.${key}`, {
    defaultValue: t(`logs.field.${key}`, { defaultValue: key }),
  });
}

/**
 * A field a correction changed, labelled: by the corrected entry's kind when known,
 * else by the first kind that has such a field (a log row knows only the keys).
 */
export function correctedFieldLabel(t: TFunction, key: string, kind: string | null | undefined): string {
  const k =
    kind ??
    Object.keys(FIELDS_BY_KIND).find((x) => FIELDS_BY_KIND[x]!.some((d) => d.key === key)) ??
    'intake';
  return fieldLabel(t, k, key);
}

export interface FormatCtx {
  t: TFunction;
  tz: string;
  /** Instruction entry id -> "leader：content", for 批示落实. */
  instructions?: Map<string, string>;
  /** Town code -> name. */
  towns?: Map<string, string>;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const s = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));

export function formatCasualties(c: Casualties, t: TFunction): string {
  return t('logs.casualties.line', { ...c });
}

/** A field's value as one line of plain text (never HTML). Empty string when there is nothing. */
export function formatValue(def: FieldDef, value: unknown, ctx: FormatCtx): string {
  const { t, tz } = ctx;
  if (value === undefined || value === null) return '';
  switch (def.type) {
    case 'enum':
      return def.optionLabel ? t(def.optionLabel(s(value)), { defaultValue: s(value) }) : s(value);
    case 'time':
      return toLocalText(s(value), tz);
    case 'seconds':
      return t('logs.seconds', { n: Number(value) });
    case 'persons':
      return t('logs.figures.persons', { n: Number(value) });
    case 'wan':
      return t('logs.figures.wan', { n: Number(value) });
    case 'casualties':
      return isObj(value) ? formatCasualties(value as unknown as Casualties, t) : '';
    case 'caller': {
      if (!isObj(value)) return '';
      return [value.unit, value.name, value.post, value.phone].map(s).filter(Boolean).join(' ');
    }
    case 'place': {
      if (!isObj(value)) return '';
      const code = s(value.townCode);
      const town = code ? (ctx.towns?.get(code) ?? code) : '';
      const point = Array.isArray(value.point)
        ? t('logs.point', {
            lon: Number(value.point[0]).toFixed(5),
            lat: Number(value.point[1]).toFixed(5),
          })
        : '';
      const address = s(value.address);
      // "青石镇石坝村" already names the town: do not say it twice.
      const townShown = town && !address.startsWith(town) ? town : '';
      return [townShown, address, point].filter(Boolean).join(' ');
    }
    case 'notified':
      return Array.isArray(value)
        ? value
            .filter(isObj)
            .map((n) => t('logs.notified.item', { who: s(n.who), at: toLocalText(s(n.at), tz) }))
            .join(t('logs.listSeparator'))
        : '';
    case 'category':
      return t(`category.${s(value)}`, { defaultValue: s(value) });
    case 'subtype':
      return t(`subtype.${s(value)}`, { defaultValue: s(value) });
    case 'grade':
      return t(`grade.${s(value)}`, { defaultValue: s(value) });
    case 'bool':
      return value ? t('logs.yes') : t('logs.no');
    case 'instruction':
      return ctx.instructions?.get(s(value)) ?? s(value);
    default:
      return s(value);
  }
}

/** The fields of an entry worth showing: known ones in order, then anything unexpected. */
const HIDDEN_KEYS = new Set(['planId', 'dispatchId', 'teamId']);

export function shownFields(kind: string, data: Record<string, unknown>): FieldDef[] {
  const defs = FIELDS_BY_KIND[kind] ?? [];
  const known = new Set(defs.map((d) => d.key));
  // Record ids a step keeps for the machine (a response's plan id) are not for reading.
  const extra = Object.keys(data)
    .filter((k) => !known.has(k) && !HIDDEN_KEYS.has(k))
    .map((k): FieldDef => ({ key: k, type: 'text' }));
  return [...defs, ...extra];
}

/** A field definition by key for a kind (occurredAt included for corrections). */
export function fieldDef(kind: string, key: string): FieldDef {
  if (key === 'occurredAt' && kind !== 'intake') return OCCURRED_AT_FIELD;
  return FIELDS_BY_KIND[kind]?.find((d) => d.key === key) ?? { key, type: 'text' };
}

/** The intake's head counts and loss, labelled, '—' where none was given (facts card, print). */
export function intakeFigures(
  intake: Record<string, unknown>,
  ctx: FormatCtx,
): [key: string, label: string, text: string][] {
  return (['relocated', 'affected', 'directLossWan'] as const).map((k) => [
    k,
    fieldLabel(ctx.t, 'intake', k),
    formatValue(fieldDef('intake', k), intake[k], ctx) || '—',
  ]);
}

/** 记录人: whoever took it down when named, with who typed it in; else the author. */
export function recorderText(intake: Record<string, unknown>, author: string, t: TFunction): string {
  const recorder = typeof intake.recorder === 'string' ? intake.recorder.trim() : '';
  return recorder && recorder !== author ? t('logs.recorderBy', { recorder, author }) : author || '—';
}
