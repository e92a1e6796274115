import { isValidElement, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { PRINT_FONT, registerPrintFont } from './printFont';
import {
  pack,
  type Fragment,
  type Heights,
  type PagedBlock,
  type PagedCell,
  type PagedCellSpec,
} from './pack';
import './print.css';

export type { PagedBlock, PagedColumn, PagedRow, PagedCell } from './pack';

/*
 * A4 sheets paginated in the browser: every block is measured in a hidden copy laid out
 * exactly like a page, then packed into fixed A4 page boxes (pack.ts). Tables split
 * between rows only, repeat their header (and a "continued" title) on each page, and every
 * page ends with "第 n 页 共 m 页" — which CSS counters cannot give (no total) and which
 * needs no server-side browser: window.print(), Chromium's page.pdf and Electron's
 * printToPDF all print the same boxes. Documents use it through PrintDocument.tsx.
 */

function measure(root: HTMLElement, blocks: PagedBlock[]): Heights {
  const page = root.querySelector<HTMLElement>('[data-pg-probe]')!.getBoundingClientRect().height;
  const h = (el: Element | null) => (el ? el.getBoundingClientRect().height : 0);
  return {
    page,
    blocks: blocks.map((b, i) => {
      const el = root.querySelector<HTMLElement>(`[data-pg-block="${i}"]`)!;
      const whole = h(el);
      if (b.kind === 'node' || b.rows.length === 0)
        return { whole, title: whole, head: 0, rows: [], tail: 0 };
      const title = h(el.querySelector('[data-pg-title]'));
      const head = h(el.querySelector('thead'));
      const rows = [...el.querySelectorAll('tbody > tr')].map(h);
      const tail = Math.max(0, whole - title - head - rows.reduce((a, x) => a + x, 0));
      return { whole, title, head, rows, tail };
    }),
  };
}

const isSpec = (c: PagedCell): c is PagedCellSpec =>
  typeof c === 'object' && c !== null && !isValidElement(c) && 'cell' in c;

function Cell({ c, columnClass }: { c: PagedCell; columnClass: string | undefined }) {
  if (!isSpec(c)) return <td className={columnClass}>{c}</td>;
  const Tag = c.head ? 'th' : 'td';
  return (
    <Tag colSpan={c.span} className={c.className ?? columnClass}>
      {c.cell}
    </Tag>
  );
}

function Table({
  b,
  from,
  to,
  continued,
  measuring,
}: {
  b: Extract<PagedBlock, { kind: 'table' }>;
  from: number;
  to: number;
  continued: boolean;
  measuring?: boolean;
}) {
  const title = continued ? (b.continuedTitle ?? b.title) : b.title;
  // A one-column list under its own title needs no header row.
  const head = b.columns.some((c) => c.title !== '' && c.title !== null && c.title !== undefined);
  return (
    <>
      {title ? (
        <h2 className="dr-pg-h2" data-pg-title="">
          {title}
        </h2>
      ) : null}
      <table className={`dr-pg-table ${b.className ?? ''}`}>
        <colgroup>
          {b.columns.map((c, i) => (
            <col key={i} style={c.width ? { width: c.width } : undefined} />
          ))}
        </colgroup>
        {head ? (
          <thead>
            <tr>
              {b.columns.map((c, i) => (
                <th key={i} className={c.className}>
                  {c.title}
                </th>
              ))}
            </tr>
          </thead>
        ) : null}
        <tbody>
          {b.rows.slice(from, to).map((r) => (
            <tr key={r.key} className={r.className} data-testid={measuring ? undefined : r.testId}>
              {r.cells.map((c, i) => (
                <Cell key={i} c={c} columnClass={b.columns[i]?.className} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Block({ b, f }: { b: PagedBlock; f: Fragment }) {
  if (b.kind === 'node') return <>{b.node}</>;
  if (b.rows.length === 0)
    return (
      <>
        {b.title ? <h2 className="dr-pg-h2">{b.title}</h2> : null}
        <p className="dr-pg-none">{b.empty}</p>
      </>
    );
  const frag = f as Extract<Fragment, { from: number }>;
  return <Table b={b} from={frag.from} to={frag.to} continued={frag.continued} />;
}

/** Fonts first: measuring before the CJK subsets arrive would pack with the wrong heights. */
async function fontsFor(text: string): Promise<void> {
  registerPrintFont();
  await Promise.all(
    ['400', '700'].map((w) => document.fonts.load(`${w} 16px "${PRINT_FONT}"`, text).catch(() => undefined)),
  );
  await document.fonts.ready;
}

/**
 * The sheet. `footer(n, m)` renders each page's foot; `onReady` fires once the pages
 * are final (fonts loaded, measured, packed), which is when printing may start.
 */
export function PagedSheet({
  blocks,
  footer,
  onReady,
  testId,
}: {
  blocks: PagedBlock[];
  footer: (page: number, pages: number) => ReactNode;
  onReady?: (pages: number) => void;
  testId?: string;
}) {
  const measureRef = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<Fragment[][] | null>(null);
  const readyRef = useRef(onReady);
  readyRef.current = onReady;

  useLayoutEffect(() => {
    let cancelled = false;
    const root = measureRef.current;
    if (!root) return;
    setPages(null);
    void fontsFor(root.innerText).then(() => {
      if (cancelled || !measureRef.current) return;
      const packed = pack(blocks, measure(measureRef.current, blocks));
      setPages(packed);
      readyRef.current?.(packed.length);
    });
    return () => {
      cancelled = true;
    };
  }, [blocks]);

  return (
    <div
      className="dr-pg"
      data-testid={testId}
      data-pages={pages?.length ?? 0}
      data-ready={pages ? 'yes' : 'no'}
    >
      {/* The measuring copy: one endless page, out of sight, never printed. */}
      <div className="dr-pg-measure" ref={measureRef} aria-hidden>
        <div className="dr-pg-probe" data-pg-probe="" />
        <div className="dr-pg-content">
          {blocks.map((b, i) => (
            <div key={b.key} className="dr-pg-block" data-pg-block={i}>
              {b.kind === 'table' && b.rows.length > 0 ? (
                <Table b={b} from={0} to={b.rows.length} continued={false} measuring />
              ) : (
                <Block b={b} f={{ block: i }} />
              )}
            </div>
          ))}
        </div>
      </div>
      {pages?.map((frags, n) => (
        <section className="dr-pg-page" key={n} data-testid="paged-page">
          <div className="dr-pg-content">
            {frags.map((f, k) => (
              <div key={k} className="dr-pg-block">
                <Block b={blocks[f.block]!} f={f} />
              </div>
            ))}
          </div>
          <footer className="dr-pg-foot">{footer(n + 1, pages.length)}</footer>
        </section>
      ))}
    </div>
  );
}
