import {
  Activity,
  memo,
  Suspense,
  useLayoutEffect,
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
import type { RendererArea } from '../areas/define';
import { pageOf } from '../areas/fold';
import { PageHashContext, parseHash, useHashRoute } from '../router/hash';
import type { KeptEntry } from './keptPages';

interface Props {
  kept: readonly KeptEntry[];
  /** The area shown; the other kept pages are hidden. */
  shown: string;
  areas: readonly RendererArea[];
  info: SystemInfo;
  operator: Operator;
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
export function KeptPages({ kept, shown, areas, info, operator }: Props) {
  const host = useRef<HTMLDivElement>(null);
  return (
    <>
      {/* Before the pages: its ref is set before their boxes are attached to it. */}
      <div ref={host} className="dr-kept-host" />
      {kept.map((k) => (
        <KeptPage key={`${k.area}#${k.mount}`} host={host} shown={k.area === shown}>
          <PageHashContext value={k.hash}>
            <PageBody area={k.area} hash={k.hash} areas={areas} info={info} operator={operator} />
          </PageHashContext>
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
