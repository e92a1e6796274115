import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Result, Skeleton } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../common/contract/operators';
import type { SystemInfo } from '../../../common/contract/system';
import { useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { toLocalText } from '../components/localTime';
import { navigate } from '../router/hash';
import { useRoomTimeZone } from '../time/useRoomTime';
import {
  formatCasualties,
  fieldDef,
  fieldLabel,
  formatValue,
  shownFields,
  type FormatCtx,
} from '../pages/logs/entryFields';
import { useTownNames } from '../pages/logs/hooks';
import { FACTS_SHOWN_ABOVE, instructionNames, timelineOrder } from '../pages/incidents/IncidentDetail';
import type { EntryView } from '../pages/incidents/types';
import './print.css';

/**
 * Page numbers come from @page margin boxes, whose text is set through custom
 * properties on the root element (CSSOM, allowed by the CSP), so it follows the
 * UI's language instead of being written into the style sheet.
 */
function usePageLabels(labels: Record<string, string>): void {
  const json = JSON.stringify(labels);
  useEffect(() => {
    const root = document.documentElement.style;
    const entries = Object.entries(JSON.parse(json) as Record<string, string>);
    for (const [k, v] of entries) root.setProperty(k, JSON.stringify(v));
    return () => {
      for (const [k] of entries) root.removeProperty(k);
    };
  }, [json]);
}

/** Route `#/print/incident/<id>` (`?auto=1` opens the print dialog once ready). */
export function PrintArea({
  parts,
  auto,
  info,
  operator,
}: {
  parts: string[];
  auto: boolean;
  info: SystemInfo;
  operator: Operator;
}) {
  const { t } = useTranslation();
  if (parts[1] === 'incident' && parts[2])
    return <IncidentPrint id={parts[2]} auto={auto} info={info} operator={operator} />;
  return (
    <Result
      status="404"
      title={t('print.unknown')}
      extra={<Button onClick={() => navigate('/')}>{t('common.back')}</Button>}
    />
  );
}

function EntryText({ e, ctx, skip }: { e: EntryView; ctx: FormatCtx; skip: string[] }) {
  const { t } = ctx;
  const rows = shownFields(e.kind, e.data)
    .filter((d) => !skip.includes(d.key) && !(e.kind === 'report' && d.key === 'stage'))
    .map((d) => ({
      key: d.key,
      label: fieldLabel(t, e.kind, d.key),
      text: formatValue(d, e.data[d.key], ctx),
    }))
    .filter((r) => r.text);
  return (
    <>
      {rows.map((r) => (
        <div key={r.key} className="dr-p-line">
          <span className="dr-p-k">{r.label}</span>
          {t('dutylog.colon')}
          {r.text}
        </div>
      ))}
      {skip.length > 0 ? <div className="dr-p-line dr-p-small">{t('print.intakeSeeAbove')}</div> : null}
      {e.corrections.map((c) => (
        <div key={c.id} className="dr-p-line dr-p-corr">
          {t('kind.correction')}
          {t('dutylog.colon')}
          {Object.keys(c.changes)
            .map((k) => {
              const def = fieldDef(e.kind, k);
              const empty = t('dutylog.correction.empty');
              return `${fieldLabel(t, e.kind, k)}${t('dutylog.colon')}${formatValue(def, c.before[k], ctx) || empty} → ${formatValue(def, c.changes[k], ctx) || empty}`;
            })
            .join(t('dutylog.listSeparator'))}
          {t('dutylog.correction.why', {
            reason: c.reason,
            who: c.authorName,
            at: toLocalText(c.at, ctx.tz),
          })}
        </div>
      ))}
    </>
  );
}

/** 事件处置记录: the whole record of one incident on A4, for signing and filing. */
function IncidentPrint({
  id,
  auto,
  info,
  operator,
}: {
  id: string;
  auto: boolean;
  info: SystemInfo;
  operator: Operator;
}) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const towns = useTownNames();
  const q = useApiQuery('incidents.get', { id });
  const [printedAt] = useState(() => new Date().toISOString());
  const [ready, setReady] = useState(false);
  const printed = useRef(false);
  usePageLabels({
    '--dr-page-before': t('print.pageBefore'),
    '--dr-page-middle': t('print.pageMiddle'),
    '--dr-page-after': t('print.pageAfter'),
    '--dr-print-head': q.data ? t('print.runningHead', { number: q.data.incident.number }) : '',
  });

  const ctx: FormatCtx | null = useMemo(
    () => (q.data ? { t, tz, towns, instructions: instructionNames(q.data, t) } : null),
    [q.data, t, tz, towns],
  );

  // Print only once the shipped font has the glyphs of the page (and of the page numbers).
  useEffect(() => {
    if (!q.data) return;
    let cancelled = false;
    const sample = `${document.body.innerText}${t('print.pageBefore')}${t('print.pageMiddle')}${t('print.pageAfter')}`;
    void document.fonts
      .load('16px "Noto Sans SC Variable"', sample)
      .catch(() => undefined)
      .then(() => document.fonts.ready)
      .then(() => {
        if (cancelled) return;
        setReady(true);
        if (auto && !printed.current) {
          printed.current = true;
          window.print();
        }
      });
    return () => {
      cancelled = true;
    };
  }, [q.data, auto, t]);

  if (q.isPending) return <Skeleton active className="dr-page" />;
  if (q.isError) return <ErrorAlert error={q.error} />;
  const d = q.data;
  const inc = d.incident;
  const intake = d.intake;
  const c = ctx!;
  const timeline = timelineOrder(d.entries);
  const firstIntakeId = d.entries.find((e) => e.kind === 'intake')?.id;
  const fmt = (k: string, v: unknown) => formatValue(fieldDef('intake', k), v, c) || '—';

  const facts: [string, string][] = [
    [t('dutylog.field.number'), inc.number],
    [t('dutylog.field.status'), t(`status.${inc.status}`)],
    [t('dutylog.field.title'), inc.title],
    [t('dutylog.field.grade'), t(`grade.${inc.grade}`)],
    [t('dutylog.field.category'), `${t(`category.${inc.category}`)} / ${t(`subtype.${inc.subtype}`)}`],
    [t('dutylog.field.channel'), t(`channel.${intake.channel}`)],
    [t('dutylog.field.receivedAt'), toLocalText(intake.receivedAt, tz)],
    [t('dutylog.field.occurredAt'), toLocalText(intake.occurredAt, tz) || '—'],
    [t('dutylog.field.caller'), fmt('caller', intake.caller)],
    [t('dutylog.field.place'), fmt('place', intake.place)],
    [t('dutylog.field.casualties'), formatCasualties(inc.casualties, t)],
    [t('dutylog.field.losses'), inc.losses || '—'],
  ];
  const wide: [string, string][] = [
    [t('dutylog.field.description'), intake.description || '—'],
    [t('dutylog.field.cause'), intake.cause || '—'],
    [t('dutylog.field.measures'), intake.measures || '—'],
    [t('dutylog.field.trend'), intake.trend || '—'],
    [t('dutylog.field.notified'), fmt('notified', intake.notified)],
  ];
  if (inc.closedAt) wide.push([t('dutylog.field.closedAt'), toLocalText(inc.closedAt, tz)]);

  return (
    <div className="dr-print-root" data-testid="print-root" data-ready={ready ? 'yes' : 'no'}>
      <div className="dr-print-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/logs/incident/${inc.id}`)}>
          {t('print.back')}
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('print.print')}
        </Button>
        <span className="dr-print-hint">{t('print.hint')}</span>
      </div>
      <article className="dr-sheet">
        <header className="dr-sheet-head">
          <div className="dr-sheet-bureau">{info.bureauName}</div>
          <h1 className="dr-sheet-title">{t('print.incidentTitle')}</h1>
          <div className="dr-sheet-meta">
            <span>{t('print.number', { number: inc.number })}</span>
            <span>{t('print.printedAt', { at: toLocalText(printedAt, tz), who: operator.name })}</span>
          </div>
        </header>

        <table className="dr-p-table dr-p-facts">
          <tbody>
            {Array.from({ length: Math.ceil(facts.length / 2) }, (_, i) => facts.slice(i * 2, i * 2 + 2)).map(
              (pair, i) => (
                <tr key={i}>
                  {pair.map(([k, v]) => (
                    <FactCells key={k} k={k} v={v} />
                  ))}
                </tr>
              ),
            )}
            {wide.map(([k, v]) => (
              <tr key={k}>
                <th>{k}</th>
                <td colSpan={3} className="dr-pre">
                  {v}
                </td>
              </tr>
            ))}
          </tbody>
        </table>

        <h2 className="dr-p-h2">{t('print.deadlines')}</h2>
        {d.deadlines.items.length === 0 ? (
          <p className="dr-p-none">{t('dutylog.detail.noDeadlines')}</p>
        ) : (
          <table className="dr-p-table dr-p-grid">
            <thead>
              <tr>
                <th>{t('print.col.item')}</th>
                <th>{t('dutylog.field.grade')}</th>
                <th>{t('print.col.due')}</th>
                <th>{t('print.col.done')}</th>
                <th>{t('print.col.state')}</th>
              </tr>
            </thead>
            <tbody>
              {d.deadlines.items.map((x, i) => (
                <tr key={i} className={x.late ? 'dr-p-late' : undefined}>
                  <td>{t(`deadline.${x.kind}`)}</td>
                  <td>{t(`gradeShort.${x.grade}`)}</td>
                  <td className="dr-tabular">{toLocalText(x.dueAt, tz)}</td>
                  <td className="dr-tabular">{toLocalText(x.doneAt, tz) || '—'}</td>
                  <td>
                    {x.doneAt
                      ? x.late
                        ? t('print.state.late')
                        : t('print.state.onTime')
                      : x.late
                        ? t('print.state.overdue')
                        : t('print.state.open')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

        <h2 className="dr-p-h2">{t('print.timeline', { n: timeline.length })}</h2>
        <table className="dr-p-table dr-p-grid dr-p-timeline">
          <thead>
            <tr>
              <th className="dr-p-col-no">{t('print.col.no')}</th>
              <th className="dr-p-col-time">{t('print.col.time')}</th>
              <th className="dr-p-col-kind">{t('print.col.kind')}</th>
              <th>{t('print.col.content')}</th>
              <th className="dr-p-col-who">{t('print.col.who')}</th>
            </tr>
          </thead>
          <tbody>
            {timeline.map((e, i) => (
              <tr key={e.id} data-testid="print-entry">
                <td className="dr-tabular">{i + 1}</td>
                <td className="dr-tabular">{toLocalText(e.occurredAt, tz)}</td>
                <td>
                  {e.kind === 'report' && typeof e.data.stage === 'string'
                    ? `${t('kind.report')}·${t(`stage.${e.data.stage}`)}`
                    : t(`kind.${e.kind}`)}
                </td>
                <td>
                  <EntryText e={e} ctx={c} skip={e.id === firstIntakeId ? FACTS_SHOWN_ABOVE : []} />
                </td>
                <td>
                  <div>{e.authorName}</div>
                  <div className="dr-p-small dr-tabular">
                    {t('print.entered', { at: toLocalText(e.enteredAt, tz) })}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>

        {d.instructions.length > 0 ? (
          <>
            <h2 className="dr-p-h2">{t('dutylog.detail.instructions')}</h2>
            <table className="dr-p-table dr-p-grid">
              <thead>
                <tr>
                  <th className="dr-p-col-time">{t('print.col.time')}</th>
                  <th className="dr-p-col-who">{t('dutylog.field.leader')}</th>
                  <th>{t('dutylog.field.instruction.content')}</th>
                  <th className="dr-p-col-kind">{t('print.col.state')}</th>
                  <th>{t('print.col.result')}</th>
                </tr>
              </thead>
              <tbody>
                {d.instructions.map((i) => (
                  <tr key={i.entryId}>
                    <td className="dr-tabular">{toLocalText(i.at, tz)}</td>
                    <td>{i.leader}</td>
                    <td>{i.content}</td>
                    <td>{t(`dutylog.instructionState.${i.status}`)}</td>
                    <td>{i.result ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}

        <footer className="dr-sheet-sign">
          <span>{t('print.sign.officer')}</span>
          <span>{t('print.sign.chief')}</span>
          <span>{t('print.sign.leader')}</span>
          <span>{t('print.sign.date')}</span>
        </footer>
      </article>
    </div>
  );
}

function FactCells({ k, v }: { k: string; v: string }) {
  return (
    <>
      <th>{k}</th>
      <td>{v}</td>
    </>
  );
}
