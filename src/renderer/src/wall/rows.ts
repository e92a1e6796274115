/**
 * Which incidents the wall's list shows: all when `fits` rows fit them, else the first
 * `above` in the host's order (gravest first, then most urgent): the rows that fit above
 * the last line, which says 另有 N 起 (by default a row's room is left to it). An incident
 * that just arrived is never hidden while it pulses — it takes the place of the last row
 * that would have shown, so the room sees every new call even when graver ones fill the
 * list. What is shown stays in the host's order.
 */
export function rowsShown<T extends { id: string }>(
  items: readonly T[],
  fits: number,
  fresh: (id: string) => boolean,
  above = fits - 1,
): T[] {
  if (items.length <= fits) return [...items];
  const slots = Math.max(1, Math.min(above, fits));
  const head = items.slice(0, slots);
  const late = items.slice(slots).filter((i) => fresh(i.id));
  if (late.length === 0) return head;
  // Drop from the bottom of the head what is not fresh itself, as many as arrivals need.
  const keep = new Set(head.map((i) => i.id));
  for (let i = head.length - 1, need = Math.min(late.length, slots); i >= 0 && need > 0; i--) {
    const id = head[i]!.id;
    if (fresh(id)) continue;
    keep.delete(id);
    need--;
  }
  const room = slots - keep.size;
  for (const l of late.slice(0, room)) keep.add(l.id);
  return items.filter((i) => keep.has(i.id));
}
