import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** The element's height in px, kept up to date (one ResizeObserver): lists cut to what fits, the wall never scrolls. */
export function useHeight<E extends HTMLElement>(): [RefObject<E | null>, number] {
  const ref = useRef<E | null>(null);
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => setHeight(entries[0]?.contentRect.height ?? 0));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, height];
}

/** How many rows of `rowU` wall units fit into `height` px (at least one). */
export const rowsThatFit = (height: number, rowU: number, u: number): number =>
  Math.max(1, Math.floor(height / (rowU * u)));

/**
 * How many names to show next, while `shown` names lie on `onLines` lines and `wanted`
 * are allowed: far over, at once about as many as the wanted lines hold at this rate (a
 * whole county's silent towns, fifty and more, stepped down one render at a time would
 * pass React's limit of fifty updates in a row and take the wall down); a line over, one
 * fewer. Never below `least`, never as many as now.
 */
export function fewerNamed(shown: number, onLines: number, wanted: number, least: number): number {
  const guess = onLines > wanted + 1 ? Math.floor((shown * wanted) / onLines) : shown - 1;
  return Math.max(least, Math.min(shown - 1, guess));
}

/**
 * The height a panel may take in its column: its own, and what the column's growing panels
 * hold above their least (their min-height: the open incidents keep one whole row), which
 * they would give up to it. The same however many rows the panel shows, since what it takes
 * they lose.
 */
export function roomInColumn(own: number, growing: readonly { height: number; least: number }[]): number {
  return own + growing.reduce((sum, g) => sum + Math.max(0, g.height - g.least), 0);
}

/**
 * A wall panel that gives way in its column (wall.css: it shrinks, the growing panels keep
 * their min-height): how many of its first `count` rows it shows, each whole, the rest for it
 * to count. Its rows differ in height, so they are measured, not computed: all are shown
 * again when `rows` change (a new list) or the room the column leaves the panel does (the
 * wall's size, a panel beside it growing or shrinking), and one fewer after each render while
 * what its body holds does not fit in it — before the screen is painted, so no row is ever
 * seen cut. Rows that fit themselves after they render (names counted down a step at a time)
 * are waited for while `settled` says they are not done, or a row just shown would be judged
 * by its first, tallest, layout. The ref goes on the panel (Panel's section).
 */
export function useRowsGivingWay<E extends HTMLElement>(
  count: number,
  rows: unknown,
  settled: (panel: E) => boolean = () => true,
): [RefObject<E | null>, number] {
  const ref = useRef<E | null>(null);
  // All of them (Infinity) until measured; a new list starts again from all.
  const [fit, setFit] = useState({ rows, shown: Infinity });
  let shown = fit.shown;
  if (fit.rows !== rows) {
    shown = Infinity;
    setFit({ rows, shown });
  }
  shown = Math.min(shown, count);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || shown === 0 || !overflows(el)) return;
    // Not settled: render again (a new state) to look after the rows' next step.
    setFit((f) => (settled(el) ? { ...f, shown: shown - 1 } : { ...f }));
  });
  useFitAgain(
    ref,
    roomOf,
    (el) => el.parentElement?.children ?? [el],
    () => setFit((f) => ({ ...f, shown: Infinity })),
  );
  return [ref, shown];
}

/**
 * Starts a fitting again (`again`) when what it was fitted to changes: `measure` of the
 * element, read whenever the `observed` elements resize and acted on when it moved by more
 * than half a pixel, and once the fonts are in (text takes other room in them). Set up once
 * per element and `key` (FittedNames: per number of names).
 */
export function useFitAgain<E extends HTMLElement>(
  ref: RefObject<E | null>,
  measure: (el: E) => number,
  observed: (el: E) => Iterable<Element>,
  again: () => void,
  key: unknown = null,
): void {
  // The latest callbacks, read when they fire: the observer is not set up again each render.
  const latest = useRef({ measure, observed, again });
  latest.current = { measure, observed, again };
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let last = latest.current.measure(el);
    const ro =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            const now = latest.current.measure(el);
            if (Math.abs(now - last) > 0.5) {
              last = now;
              latest.current.again();
            }
          });
    for (const o of latest.current.observed(el)) ro?.observe(o);
    let live = true;
    void document.fonts?.ready.then(() => {
      if (live) latest.current.again();
    });
    return () => {
      live = false;
      ro?.disconnect();
    };
  }, [ref, key]);
}

/** The room a panel has in its column (roomInColumn), read from the page. */
function roomOf(panel: HTMLElement): number {
  const growing = [...(panel.parentElement?.children ?? [])]
    .filter((el) => el !== panel)
    .map((el) => ({ el, style: getComputedStyle(el) }))
    .filter(({ style }) => parseFloat(style.flexGrow) > 0)
    .map(({ el, style }) => ({
      height: el.getBoundingClientRect().height,
      least: parseFloat(style.minHeight) || 0,
    }));
  return roomInColumn(panel.getBoundingClientRect().height, growing);
}

/** Whether what a panel's body holds (Panel.tsx: .dr-wp-body) reaches below it. */
function overflows(panel: HTMLElement): boolean {
  const body = panel.querySelector(':scope > .dr-wp-body');
  if (!body) return false;
  const bottom = body.getBoundingClientRect().bottom;
  return [...body.children].some((el) => el.getBoundingClientRect().bottom > bottom + 0.5);
}
