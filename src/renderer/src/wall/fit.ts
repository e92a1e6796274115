import { useEffect, useRef, useState, type RefObject } from 'react';

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
