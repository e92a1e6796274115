/**
 * A one-shot hand-over of the keyboard: the intake, once saved, asks the incident page
 * to put the cursor in the next expected step (核实 for a new incident), so the desk
 * goes on typing instead of tabbing through the page to find it.
 */
let pending: string | null = null;

export function requestNextActionFocus(incidentId: string): void {
  pending = incidentId;
}

/** True once for the incident that asked; the request is spent either way. */
export function takeNextActionFocus(incidentId: string): boolean {
  const mine = pending === incidentId;
  if (mine) pending = null;
  return mine;
}
