/**
 * How many pages the shell keeps mounted: the one shown and the last ones left, hidden.
 * 工作台, 值班日志, 通讯设备 and 排班与交接班 — the room's usual round — plus one more.
 */
export const KEPT_PAGES = 5;

/**
 * A page kept by the shell: its area (route's first part), the address it last showed, and
 * its mount: a new one builds the page afresh (its React key).
 */
export interface KeptEntry {
  area: string;
  hash: string;
  mount: number;
}

/** An address naming a record or a filter (`#/teams?team=<id>`), not just a page. */
const asks = (hash: string): boolean => hash.includes('?');

/**
 * The pages kept once `area` is shown at `hash`: it last (the most recent), the others in
 * the order they were last shown, the oldest dropped beyond `cap`.
 *
 * A hidden page shown again from the menu (its bare address) is shown as it was left. Shown
 * again by a link that asks for something (`?team=`, `?focus=`, `?period=`: a reminder,
 * 统计's records, the desk), it is built afresh:
 * pages read such an address when they are built (the team it opens, the filter it sets),
 * and a link must open what it names, not the page as someone left it.
 */
export function keptAfter(
  kept: readonly KeptEntry[],
  area: string,
  hash: string,
  cap: number = KEPT_PAGES,
): KeptEntry[] {
  const last = kept[kept.length - 1];
  const was = kept.find((k) => k.area === area);
  const shownNow = last?.area === area;
  const mount = was === undefined ? 0 : !shownNow && asks(hash) ? was.mount + 1 : was.mount;
  return [...kept.filter((k) => k.area !== area), { area, hash, mount }].slice(-cap);
}
