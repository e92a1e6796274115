/**
 * What the outgoing chief writes on the sheet before it is frozen. Receipt of the items
 * handed over is not here: it is the incoming chief's, given with their signature.
 */
export interface DraftFields {
  notes: string;
  explanations: Record<string, string>;
}
