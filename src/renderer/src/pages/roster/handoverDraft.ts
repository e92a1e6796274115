import type { HandoverView } from '../../../../common/contract/handover';

/** What the outgoing chief types into the sheet before it is frozen. */
export interface Draft {
  notes: string;
  explanations: Record<string, string>;
  received: Record<string, boolean>;
}

/** The form's fields as the host has them. */
export function draftOf(v: HandoverView): Draft {
  const s = v.sheet;
  const explanations: Record<string, string> = {};
  for (const u of s.unfinished) if (u.explanation) explanations[u.key] = u.explanation;
  for (const i of s.items) if (i.explanation) explanations[i.key] = i.explanation;
  for (const f of s.equipment.faults) if (f.explanation) explanations[f.key] = f.explanation;
  return {
    notes: s.notes,
    explanations,
    received: Object.fromEntries(s.items.filter((i) => i.received).map((i) => [i.equipmentId, true])),
  };
}
