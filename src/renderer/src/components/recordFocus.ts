import { useEffect, useMemo, useRef, useState } from 'react';
import { useHashRoute } from '../router/hash';

/** The query key an address names its one record by: `#/equipment/faults?focus=<id>`. */
export const FOCUS_PARAM = 'focus';

/**
 * The focus of a check owed and not made (`#/equipment/history?equipment=<id>&from=&to=&focus=missed:<id>`):
 * 检查记录 shows the period it was owed in as a line of its own, marked.
 */
export const missedCheckFocus = (equipmentId: string) => `missed:${equipmentId}`;

/** The page (1-based) of a paged table that holds row `index`. */
export const pageOf = (index: number, pageSize: number): number => Math.floor(index / pageSize) + 1;

/**
 * One record named by the address (`?focus=<id>`, from 统计's records and other links):
 * its table turns to the page holding it, scrolls it into the middle of the screen and
 * marks it (`dr-row-focus`). `keys` are the table's row keys in order, undefined while
 * loading; `pageSize` that of the table's pagination, if paged.
 */
export function useRecordFocus(keys: readonly string[] | undefined, pageSize?: number) {
  const focus = useHashRoute().query.get(FOCUS_PARAM);
  const index = focus !== null && keys ? keys.indexOf(focus) : -1;
  const [page, setPage] = useState<number | undefined>(undefined);
  const turned = useRef<string | null>(null);
  // Turn to its page once per focused record; the reader pages freely after that.
  useEffect(() => {
    if (focus === null || index < 0 || turned.current === focus) return;
    turned.current = focus;
    if (pageSize) setPage(pageOf(index, pageSize));
  }, [focus, index, pageSize]);
  // A kept page (app/KeptPages.tsx) left and opened again on the same record turns to it again.
  useEffect(
    () => () => {
      turned.current = null;
    },
    [],
  );
  const found = index >= 0;
  useEffect(() => {
    if (!found || focus === null) return;
    const raf = requestAnimationFrame(() => {
      const el = document.querySelector(`[data-row-key="${CSS.escape(focus)}"]`);
      el?.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(raf);
  }, [found, focus, page]);
  return useMemo(
    () => ({
      focus,
      found,
      /** The class of a row: marked when it is the one named. */
      rowClass: (key: string) => (found && key === focus ? 'dr-row-focus' : ''),
      /** Controlled paging for the table (merge into its `pagination`). */
      paging: { current: page, onChange: (p: number) => setPage(p) },
    }),
    [focus, found, page],
  );
}
