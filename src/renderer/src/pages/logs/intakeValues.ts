import type { IntakeData } from '../../../../common/contract/incidents';
import type { dateTimeRule } from '../../components/DateTimeInput';
import type { Category, Grade, Subtype } from '../../../../common/domain/incidents';
import {
  isBelow,
  suggestForIncident,
  type AccidentThresholds,
} from '../../../../common/domain/accidentGrade';
import { parseLocalText, resolveLocalText, toLocalText } from '../../components/localTime';
import type { IntakeDraft, IntakeFormValues } from './intakeDraft';

/** A fresh form: by phone, received now (the moment the form was opened), ungraded. */
export function intakeDefaults(draft: IntakeDraft, tz: string): IntakeFormValues {
  return {
    channel: 'phone',
    receivedAt: toLocalText(draft.openedAt, tz),
    callerUnit: '',
    callerName: '',
    callerPost: '',
    callerPhone: '',
    grade: 'unrated',
    title: '',
    occurredAt: '',
    address: '',
    lon: null,
    lat: null,
    description: '',
    cause: '',
    dead: 0,
    injured: 0,
    missing: 0,
    trapped: 0,
    directLossWan: null,
    relocated: null,
    affected: null,
    losses: '',
    measures: '',
    trend: '',
    notified: [],
    gradeReason: '',
    recorder: '',
  };
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The grade the typed figures call for (null: none, or not an accident). */
export function suggestionOf(
  v: Partial<IntakeFormValues>,
  thr: AccidentThresholds | undefined,
): Grade | null {
  return suggestForIncident(
    {
      category: v.category,
      dead: v.dead ?? 0,
      injured: v.injured ?? 0,
      lossWan: num(v.directLossWan),
    },
    thr,
  );
}

export const trimmed = (v: string | undefined) => (v ?? '').trim();

/** The form's values as the contract's IntakeData. Times already validated. */
export function toIntake(
  v: IntakeFormValues,
  draft: IntakeDraft,
  tz: string,
  thresholds?: AccidentThresholds,
): IntakeData {
  const loss = num(v.directLossWan);
  const relocated = num(v.relocated);
  const affected = num(v.affected);
  // A reason typed while the grade was lower, then the grade raised: not a reason for anything.
  const reason = isBelow(v.grade as Grade, suggestionOf(v, thresholds)) ? trimmed(v.gradeReason) : '';
  const recorder = trimmed(v.recorder);
  const point: [number, number] | null =
    typeof v.lon === 'number' && typeof v.lat === 'number' ? [v.lon, v.lat] : null;
  return {
    channel: v.channel as IntakeData['channel'],
    receivedAt: resolveLocalText(v.receivedAt, tz, draft.openedAt)!,
    caller: {
      unit: trimmed(v.callerUnit),
      name: trimmed(v.callerName),
      post: trimmed(v.callerPost),
      phone: trimmed(v.callerPhone),
    },
    title: trimmed(v.title),
    description: trimmed(v.description),
    cause: trimmed(v.cause),
    occurredAt: trimmed(v.occurredAt) ? parseLocalText(v.occurredAt, tz) : null,
    place: { townCode: v.townCode ?? null, address: trimmed(v.address), point },
    casualties: {
      dead: v.dead ?? 0,
      injured: v.injured ?? 0,
      missing: v.missing ?? 0,
      trapped: v.trapped ?? 0,
    },
    losses: trimmed(v.losses),
    measures: trimmed(v.measures),
    trend: trimmed(v.trend),
    notified: (v.notified ?? [])
      .filter((n) => trimmed(n?.who))
      .map((n) => ({ who: trimmed(n.who), at: parseLocalText(n.at, tz) ?? new Date().toISOString() })),
    category: v.category as Category,
    subtype: v.subtype as Subtype,
    grade: v.grade as Grade,
    ...(loss !== null ? { directLossWan: loss } : {}),
    ...(relocated !== null ? { relocated } : {}),
    ...(affected !== null ? { affected } : {}),
    ...(reason ? { gradeReason: reason } : {}),
    ...(recorder ? { recorder } : {}),
  };
}

/** The time fields' rule (valid, not in the future), built once per form. */
export type IntakeTimeRule = ReturnType<typeof dateTimeRule>;
