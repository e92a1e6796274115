import { INTAKE_HREF } from '../components/intakeHotkey';
import { parseHash } from '../router/hash';

/**
 * How many pages the shell keeps mounted: the one shown and the last ones left, hidden.
 * 工作台, 值班日志, 通讯设备 and 排班与交接班 — the room's usual round — plus one more.
 * The intake (接报) is kept besides, and does not count (INTAKE_SLOT).
 */
export const KEPT_PAGES = 5;

/**
 * The intake form (F2, `#/logs/new`) is a kept page of its own, beside the duty log's: it is
 * built hidden once the desk is idle and always kept, so F2 shows a form already built
 * (about 60 ms instead of about 380 on this machine: ui.intake). Once saved it is built
 * afresh, hidden again, ready and empty for the next call (`spend`).
 */
export const INTAKE_SLOT = 'intake';
const INTAKE_AREA = parseHash(INTAKE_HREF).parts[0]!;

/**
 * A page kept by the shell: its slot (its area, or INTAKE_SLOT), its area (route's first
 * part), the address it last showed, and its mount: a new one builds the page afresh (its
 * React key). `spent`: done with (the intake saved), to be built afresh once hidden.
 */
export interface KeptEntry {
  slot: string;
  area: string;
  hash: string;
  mount: number;
  spent?: true;
}

/** The slot of a page of `area` at `hash`: the intake has its own, every other page its area's. */
export function slotOf(area: string, hash: string): string {
  return area === INTAKE_AREA && hash.split('?')[0] === INTAKE_HREF ? INTAKE_SLOT : area;
}

/** An address naming a record or a filter (`#/teams?team=<id>`), not just a page. */
const asks = (hash: string): boolean => hash.includes('?');

/**
 * The pages kept once `area` is shown at `hash` (in its slot): it last (the most
 * recent), the others in the order they were last shown, the oldest dropped beyond `cap`
 * (the intake is not counted and never dropped).
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
  const slot = slotOf(area, hash);
  const last = kept[kept.length - 1];
  const was = kept.find((k) => k.slot === slot);
  const shownNow = last?.slot === slot;
  const mount = was === undefined ? 0 : !shownNow && asks(hash) ? was.mount + 1 : was.mount;
  const shown: KeptEntry = { slot, area, hash, mount, ...(shownNow && was?.spent ? { spent: true } : {}) };
  const next = [...kept.filter((k) => k.slot !== slot), shown];
  const counted = next.filter((k) => k.slot !== INTAKE_SLOT);
  const dropped = new Set(counted.slice(0, Math.max(0, counted.length - cap)));
  return next.filter((k) => !dropped.has(k));
}

/** `slot` done with while shown (the intake saved): it is built afresh once hidden (`readied`). */
export function spend(kept: readonly KeptEntry[], slot: string): KeptEntry[] {
  return kept.map((k) => (k.slot === slot ? { ...k, spent: true } : k));
}

/**
 * What the shell builds while the room is idle: the intake, if not kept yet (hidden, before
 * the others), and every spent page that is hidden, afresh. The same list when there is
 * nothing to do.
 */
export function readied(kept: readonly KeptEntry[]): readonly KeptEntry[] {
  const shown = kept[kept.length - 1];
  const stale = kept.some((k) => k.spent && k !== shown);
  const intake = kept.some((k) => k.slot === INTAKE_SLOT);
  if (!stale && intake) return kept;
  const rebuilt = kept.map((k) =>
    k.spent && k !== shown ? { slot: k.slot, area: k.area, hash: k.hash, mount: k.mount + 1 } : k,
  );
  return intake
    ? rebuilt
    : [{ slot: INTAKE_SLOT, area: INTAKE_AREA, hash: INTAKE_HREF, mount: 0 }, ...rebuilt];
}
