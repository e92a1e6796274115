import {
  Activity,
  memo,
  Suspense,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';
import { Skeleton } from 'antd';
import type { Operator } from '../../../common/contract/operators';
import type { SystemInfo } from '../../../common/contract/system';
import { Guard } from '../components/Guard';
import { SpendPageContext } from '../components/spendPage';
import type { RendererArea } from '../areas/define';
import { pageOf } from '../areas/fold';
import { PageHashContext, parseHash, useHashRoute } from '../router/hash';
import type { KeptEntry } from './keptPages';

interface Props {
  kept: readonly KeptEntry[];
  /** The slot shown (keptPages.ts); the other kept pages are hidden. */
  shown: string;
  areas: readonly RendererArea[];
  info: SystemInfo;
  operator: Operator;
  /** A page says it is done with (the intake saved): built afresh once hidden. */
  onSpent: (slot: string) => void;
}

/**
 * The pages of the shell, the last few visited kept mounted (keptPages.ts), so going back
 * to one shows it as it was at once instead of building it again (ui.nav).
 *
 * A hidden page is inside React's <Activity mode="hidden">: its effects are cleaned up —
 * its reads' subscriptions (TanStack Query observers), the shared countdown clock, window
 * key handlers (F2 and the pages' own), timers — and its state and DOM kept. Shown again,
 * its effects run again: a read invalidated by a change event meanwhile is fetched and
 * shown, countdowns read the clock of now, a focus effect focuses.
 *
 * And its DOM is out of the document: each page renders (through a portal) into a box of
 * its own that is attached to the content area only while the page is shown. So a hidden
 * page takes no focus, answers no query of the document (document.querySelector, find in
 * page, the accessibility tree, a test's getByTestId or getByText) and costs no style or
 * layout — the document holds the shown page only, as before pages were kept.
 */
export function KeptPages({ kept, shown, areas, info, operator, onSpent }: Props) {
  const host = useRef<HTMLDivElement>(null);
  return (
    <>
      {/* Before the pages: its ref is set before their boxes are attached to it. */}
      {/* data-kept: what is kept (slot#mount), for a look from the outside (the e2e). */}
      <div
        ref={host}
        className="dr-kept-host"
        data-kept={kept.map((k) => `${k.slot}#${k.mount}`).join(' ')}
      />
      {kept.map((k) => (
        <KeptPage key={`${k.slot}#${k.mount}`} host={host} shown={k.slot === shown}>
          <Spending slot={k.slot} onSpent={onSpent}>
            <PageHashContext value={k.hash}>
              <PageBody area={k.area} hash={k.hash} areas={areas} info={info} operator={operator} />
            </PageHashContext>
          </Spending>
        </KeptPage>
      ))}
    </>
  );
}

function KeptPage({
  host,
  shown,
  children,
}: {
  host: RefObject<HTMLDivElement | null>;
  shown: boolean;
  children: ReactNode;
}) {
  const [box] = useState(() => {
    const el = document.createElement('div');
    el.className = 'dr-kept-page';
    return el;
  });
  return (
    <>
      <AttachedWhileShown host={host} box={box} shown={shown} />
      {createPortal(<Activity mode={shown ? 'visible' : 'hidden'}>{children}</Activity>, box)}
    </>
  );
}

/** The page's `useSpendPage`: one function per slot, the same across renders (a page reading it is not rendered again). */
function Spending({
  slot,
  onSpent,
  children,
}: {
  slot: string;
  onSpent: (slot: string) => void;
  children: ReactNode;
}) {
  const spendThis = useMemo(() => () => onSpent(slot), [onSpent, slot]);
  return <SpendPageContext value={spendThis}>{children}</SpendPageContext>;
}

/**
 * Puts the page's box in the document while it is shown. A sibling placed before the
 * portal, so its layout effect runs before the page's own (which may measure or focus)
 * when the page is shown again, and its cleanup before theirs when it is hidden.
 */
function AttachedWhileShown({
  host,
  box,
  shown,
}: {
  host: RefObject<HTMLDivElement | null>;
  box: HTMLDivElement;
  shown: boolean;
}) {
  useLayoutEffect(() => {
    if (!shown) return undefined;
    host.current?.appendChild(box);
    return () => box.remove();
  }, [host, box, shown]);
  return null;
}

/** A page and its guard; unchanged props (a hidden page's) render nothing again. */
const PageBody = memo(function PageBody({
  area,
  hash,
  areas,
  info,
  operator,
}: {
  area: string;
  hash: string;
  areas: readonly RendererArea[];
  info: SystemInfo;
  operator: Operator;
}) {
  const Page = pageOf(areas, area);
  return (
    <PageGuard where={`page:${area}`}>
      {Page ? <Page sub={parseHash(hash).parts[1]} info={info} operator={operator} /> : null}
    </PageGuard>
  );
});

/**
 * Where a page is mounted: its chunk loading, and its error boundary — a page that throws
 * shows an error page inside the shell (header and navigation stay), cleared by the next
 * address.
 */
export function PageGuard({ where, children }: { where: string; children: ReactNode }) {
  const route = useHashRoute();
  const hash = `${route.parts.join('/')}?${route.query.toString()}`;
  return (
    <Guard kind="page" where={where} resetKey={hash}>
      <Suspense fallback={<Skeleton active className="dr-page" />}>{children}</Suspense>
    </Guard>
  );
}
