/** What the outgoing chief writes on the sheet before it is frozen. */
export interface DraftFields {
  notes: string;
  explanations: Record<string, string>;
  received: Record<string, boolean>;
}
export const EMPTY_DRAFT: DraftFields = { notes: '', explanations: {}, received: {} };
