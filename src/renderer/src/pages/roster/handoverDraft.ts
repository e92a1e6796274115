import type { HandoverView } from '../../../../common/contract/handover';

/** What the outgoing chief types into the sheet before it is frozen. */
export interface Draft {
  notes: string;
  explanations: Record<string, string>;
}

/** The form's fields as the host has them. */
export function draftOf(v: HandoverView): Draft {
  const s = v.sheet;
  const explanations: Record<string, string> = {};
  for (const u of s.unfinished) if (u.explanation) explanations[u.key] = u.explanation;
  for (const f of s.equipment.faults) if (f.explanation) explanations[f.key] = f.explanation;
  return { notes: s.notes, explanations };
}

/**
 * The sheet's notes and explanations as typed, kept in localStorage per shift until
 * saved (as the intake keeps its draft): a reload, a crash or a power cut of the PC
 * loses nothing typed, with or without 保存.
 */
const key = (shiftKey: string) => `duty-room.handover-draft.${shiftKey}`;

export function loadLocalDraft(shiftKey: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(key(shiftKey));
    if (!raw) return null;
    const d = JSON.parse(raw) as Draft;
    if (typeof d?.notes !== 'string' || typeof d.explanations !== 'object' || d.explanations === null)
      return null;
    return { notes: d.notes, explanations: d.explanations };
  } catch {
    return null;
  }
}

export function saveLocalDraft(shiftKey: string, d: Draft): void {
  try {
    window.localStorage.setItem(key(shiftKey), JSON.stringify(d));
  } catch {
    // Storage full or disabled: the form still works, only the safety net is gone.
  }
}

export function clearLocalDraft(shiftKey: string): void {
  try {
    window.localStorage.removeItem(key(shiftKey));
  } catch {
    // See saveLocalDraft.
  }
}
