import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Skeleton } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PagedSheet } from './Paged';
import type { PagedBlock } from './pack';

/*
 * The one way a printed document is made (事件处置记录, 值班交接班记录, 值班表, 通讯设备检查
 * 记录表, and whatever comes next: 演练评估报告, 通报, 审批单, 调拨指令, 会商纪要 …).
 *
 * Usage — a route `#/print/<kind>/...` renders:
 *
 *   const blocks = useMemo(() => data ? [
 *     sheetHead({ bureau, title: t('x.print.title'), meta: [t('x.print.no', { no }), period] }),
 *     { kind: 'table', key: 'items', title: t('x.items'), continuedTitle: t('sheet.continued', {...}),
 *       columns: [{ title: t('x.col.name'), width: '20%' }, { title: t('x.col.text') }],
 *       rows: data.items.map((i) => ({ key: i.id, cells: [i.name, i.text] })) },
 *     signatureBlock('sign', [{ role: t('x.sign.maker') }, { role: t('x.sign.approver') }]),
 *   ] : null, [data, t]);
 *   return <PrintDocument testId="x-print" blocks={blocks} error={q.error}
 *            back={() => navigate('/x')} footLeft={t('x.print.foot')} footRight={printedAt} auto={auto} />;
 *
 * What the document gets for free: A4 page boxes, table headers repeated on every page
 * (and `continuedTitle` over a continued table), rows never split, 第 n 页 共 m 页 in every
 * foot, signature blocks never alone on a page (signatureBlock sets keepWithPrevious;
 * any block may), the print font embedded by name, one stylesheet (print.css, classes
 * dr-pg-*), a toolbar (back, 打印) hidden on paper, `?auto=1` printing once the pages are
 * final, and `data-ready="yes"` on the root plus `body[data-print-ready]` for tests and
 * the desktop's print menu. Text that may run longer than a page is cut with
 * textPieces() into rows of its own. Nothing here knows any area.
 */

export interface PrintDocumentProps {
  /** Test id of the root; it carries data-ready="yes" once the pages are final. */
  testId: string;
  /** Test id of the sheet (carries data-pages). */
  sheetTestId?: string;
  /** The document's blocks, null while its data loads. */
  blocks: PagedBlock[] | null;
  /** A failed load, shown instead of the sheet. */
  error?: unknown;
  back: () => void;
  hint?: string;
  /** `?auto=1`: open the print dialog once, when the pages are final. */
  auto?: boolean;
  /** Each page's foot: left and right of the page number. */
  footLeft?: ReactNode;
  footRight?: ReactNode;
  /** Shown above the sheet on screen only (e.g. "this is a draft"). */
  notice?: ReactNode;
}

export function PrintDocument({
  testId,
  sheetTestId,
  blocks,
  error,
  back,
  hint,
  auto = false,
  footLeft,
  footRight,
  notice,
}: PrintDocumentProps) {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  const printed = useRef(false);

  useEffect(() => {
    if (!ready) return;
    document.body.dataset.printReady = '1';
    return () => {
      delete document.body.dataset.printReady;
    };
  }, [ready]);

  if (error) return <ErrorAlert error={error} />;
  return (
    <div className="dr-pg-root" data-testid={testId} data-ready={ready ? 'yes' : 'no'}>
      <div className="dr-pg-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={back}>
          {t('common.back')}
        </Button>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          disabled={!ready}
          onClick={() => window.print()}
          data-testid="print-button"
        >
          {t('sheet.print')}
        </Button>
        <span className="dr-muted">{hint ?? t('sheet.hint')}</span>
      </div>
      {notice ? <div className="dr-pg-notice">{notice}</div> : null}
      {blocks ? (
        <PagedSheet
          blocks={blocks}
          testId={sheetTestId}
          footer={(n, m) => (
            <>
              <span>{footLeft}</span>
              <span className="dr-pg-foot-center" data-testid="page-number">
                {t('sheet.pageOf', { n, m })}
              </span>
              <span>{footRight}</span>
            </>
          )}
          onReady={() => {
            setReady(true);
            if (auto && !printed.current) {
              printed.current = true;
              window.setTimeout(() => window.print(), 50);
            }
          }}
        />
      ) : (
        <Skeleton active className="dr-pg-notice" />
      )}
    </div>
  );
}

/** The heading of a sheet: the bureau, the title, and a line of facts under a rule. */
export function sheetHead({
  bureau,
  title,
  meta,
  key = 'head',
}: {
  bureau: ReactNode;
  title: ReactNode;
  meta: ReactNode[];
  key?: string;
}): PagedBlock {
  return {
    kind: 'node',
    key,
    node: (
      <header className="dr-pg-head">
        <div className="dr-pg-bureau">{bureau}</div>
        <h1 className="dr-pg-title">{title}</h1>
        <div className="dr-pg-meta">
          {meta.map((m, i) => (
            <span key={i}>{m}</span>
          ))}
        </div>
      </header>
    ),
  };
}

export interface SignatureCell {
  /** 值班长、审核 … (the label before the line). */
  role: ReactNode;
  /** Who signed, when the record knows. */
  name?: ReactNode;
  /** A line under the name: when it was signed, or where to sign. */
  note?: ReactNode;
}

/** Signature lines, kept on the page of what they sign (never alone on a page). */
export function signatureBlock(
  key: string,
  cells: SignatureCell[],
  opts: { testId?: string; columns?: 2 | 3 | 4 } = {},
): PagedBlock {
  const columns = opts.columns ?? (cells.length === 4 ? 4 : cells.length === 2 || cells.length > 4 ? 2 : 3);
  return {
    kind: 'node',
    key,
    keepWithPrevious: true,
    node: (
      <div className={`dr-pg-signs dr-pg-signs-${columns}`} data-testid={opts.testId}>
        {cells.map((c, i) => (
          <div key={i} className="dr-pg-sign">
            <div className="dr-pg-sign-role">{c.role}</div>
            <div className="dr-pg-sign-name">{c.name ?? ''}</div>
            {c.note ? <div className="dr-pg-sign-time">{c.note}</div> : null}
          </div>
        ))}
      </div>
    ),
  };
}
