/**
 * How many pages the shell keeps mounted: the one shown and the last ones left, hidden.
 * 工作台, 值班日志, 通讯设备 and 排班与交接班 — the room's usual round — plus one more.
 */
export const KEPT_PAGES = 5;

/** A page kept by the shell: its area (route's first part) and the address it last showed. */
export interface KeptEntry {
  area: string;
  hash: string;
}

/**
 * The pages kept once `area` is shown at `hash`: it last (the most recent), the others in
 * the order they were last shown, the oldest dropped beyond `cap`.
 */
export function keptAfter(
  kept: readonly KeptEntry[],
  area: string,
  hash: string,
  cap: number = KEPT_PAGES,
): KeptEntry[] {
  return [...kept.filter((k) => k.area !== area), { area, hash }].slice(-cap);
}
