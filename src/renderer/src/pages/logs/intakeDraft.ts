import { newClientKey } from '../../components/clientKey';

/** The intake form's fields, flat, as typed (times as the room's wall-clock text). */
export interface IntakeFormValues {
  channel: string;
  receivedAt: string;
  callerUnit: string;
  callerName: string;
  callerPost: string;
  callerPhone: string;
  category?: string;
  subtype?: string;
  grade: string;
  /** Why the grade is below the figures' suggestion (asked only then). */
  gradeReason?: string;
  title: string;
  occurredAt: string;
  townCode?: string;
  address: string;
  lon?: number | null;
  lat?: number | null;
  description: string;
  cause: string;
  dead: number;
  injured: number;
  missing: number;
  trapped: number;
  /** 直接经济损失, 万元; null when unknown. */
  directLossWan?: number | null;
  relocated?: number | null;
  affected?: number | null;
  losses: string;
  measures: string;
  trend: string;
  notified: { who: string; at: string }[];
  /** 记录人, when not the operator signed in. */
  recorder?: string;
}

/**
 * A call being logged, kept in localStorage as it is typed: a reload, a crash or a
 * power cut of the PC loses nothing. Its client key goes with it, so a save that
 * reached the host before the crash is not saved twice when retried.
 */
export interface IntakeDraft {
  clientKey: string;
  /** The instant the form was opened: the default 接报时间, to the second. */
  openedAt: string;
  savedAt: string | null;
  attachTo: { id: string; number: string; title: string } | null;
  values: Partial<IntakeFormValues>;
}

const KEY = 'duty-room.intake-draft';

export function newDraft(now = new Date()): IntakeDraft {
  return {
    clientKey: newClientKey(),
    openedAt: now.toISOString(),
    savedAt: null,
    attachTo: null,
    values: {},
  };
}

export function loadDraft(): IntakeDraft | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return null;
    const d = JSON.parse(raw) as IntakeDraft;
    if (typeof d?.clientKey !== 'string' || typeof d.openedAt !== 'string' || typeof d.values !== 'object')
      return null;
    return d;
  } catch {
    return null;
  }
}

export function saveDraft(d: IntakeDraft): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(d));
  } catch {
    // Storage full or disabled: the form still works, only the safety net is gone.
  }
}

export function clearDraft(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // See saveDraft.
  }
}
