import { useMemo, useState, type ReactNode } from 'react';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { OutputOf } from '../../../common/contract';
import type { Operator } from '../../../common/contract/operators';
import type { SystemInfo } from '../../../common/contract/system';
import { useApiQuery } from '../api/hooks';
import { toLocalText } from '../components/localTime';
import { navigate, hrefOf } from '../router/hash';
import { useRoomTimeZone } from '../time/useRoomTime';
import {
  codeText,
  formatCasualties,
  fieldDef,
  fieldLabel,
  formatValue,
  shownFields,
  intakeFigures,
  recorderText,
  type FormatCtx,
} from '../pages/logs/entryFields';
import { useTownNames } from '../pages/logs/hooks';
import { FACTS_SHOWN_ABOVE, instructionNames, timelineOrder } from '../pages/incidents/IncidentDetail';
import type { EntryView } from '../pages/incidents/types';
import { textPieces, type PagedBlock } from './paged/pack';
import { PrintDocument, sheetHead, signatureBlock } from './paged/PrintDocument';

type IncidentData = OutputOf<'incidents.get'>;

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
      extra={<Button onClick={() => navigate(hrefOf(''))}>{t('common.back')}</Button>}
    />
  );
}

/** An entry's fields as lines of text (label: value), its corrections after them. */
function entryLines(
  e: EntryView,
  ctx: FormatCtx,
  skip: string[],
): { key: string; node: ReactNode; size: number }[] {
  const { t } = ctx;
  const out: { key: string; node: ReactNode; size: number }[] = [];
  for (const d of shownFields(e.kind, e.data)) {
    if (skip.includes(d.key) || (e.kind === 'report' && d.key === 'stage')) continue;
    const text = formatValue(d, e.data[d.key], ctx);
    if (!text) continue;
    // A long text in pieces, so that no row of the sheet is taller than a page.
    textPieces(text, 500).forEach((piece, k) =>
      out.push({
        key: `${d.key}.${k}`,
        size: piece.length,
        node:
          k === 0 ? (
            <>
              <span className="dr-pg-k">{fieldLabel(t, e.kind, d.key)}</span>
              {t('logs.colon')}
              {piece}
            </>
          ) : (
            piece
          ),
      }),
    );
  }
  if (skip.length > 0)
    out.push({
      key: 'see-above',
      size: 20,
      node: <span className="dr-pg-small">{t('print.intakeSeeAbove')}</span>,
    });
  for (const c of e.corrections) {
    const empty = t('logs.correction.empty');
    const text =
      Object.keys(c.changes)
        .map((k) => {
          const def = fieldDef(e.kind, k);
          return `${fieldLabel(t, e.kind, k)}${t('logs.colon')}${formatValue(def, c.before[k], ctx) || empty} → ${formatValue(def, c.changes[k], ctx) || empty}`;
        })
        .join(t('logs.listSeparator')) +
      t('logs.correction.why', { reason: c.reason, who: c.authorName, at: toLocalText(c.at, ctx.tz) });
    out.push({
      key: `corr.${c.id}`,
      size: text.length,
      node: (
        <span className="dr-pg-corr">
          {t('kind.correction')}
          {t('logs.colon')}
          {text}
        </span>
      ),
    });
  }
  return out;
}

/** Lines grouped into rows of about `max` characters (a row holds at least one line). */
function lineGroups<T extends { size: number }>(lines: T[], max = 600): T[][] {
  const groups: T[][] = [];
  let size = Infinity;
  for (const l of lines) {
    if (size + l.size > max) {
      groups.push([]);
      size = 0;
    }
    groups.at(-1)!.push(l);
    size += l.size;
  }
  return groups.length ? groups : [[]];
}

const linesCell = (lines: { key: string; node: ReactNode }[]) => (
  <>
    {lines.map((l) => (
      <div key={l.key} className="dr-pg-line">
        {l.node}
      </div>
    ))}
  </>
);

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
  const blocks = useMemo(
    () =>
      q.data
        ? incidentBlocks(q.data, {
            t,
            tz,
            towns,
            bureau: info.bureauName,
            printedBy: operator.name,
            printedAt,
          })
        : null,
    [q.data, t, tz, towns, info.bureauName, operator.name, printedAt],
  );
  const inc = q.data?.incident;
  return (
    <PrintDocument
      testId="print-root"
      sheetTestId="incident-sheet"
      blocks={blocks}
      error={q.error}
      back={() => navigate(hrefOf('logs', ['incident', id]))}
      hint={t('print.hint')}
      auto={auto}
      footLeft={
        inc
          ? `${inc.drill ? t('drills.printMark') : ''}${t('print.runningHead', { number: inc.number })}`
          : ''
      }
      footRight={t('sheet.printedAt', { at: toLocalText(printedAt, tz) })}
    />
  );
}

function incidentBlocks(
  d: IncidentData,
  o: {
    t: TFunction;
    tz: string;
    towns: FormatCtx['towns'];
    bureau: string;
    printedBy: string;
    printedAt: string;
  },
): PagedBlock[] {
  const { t, tz } = o;
  const c: FormatCtx = { t, tz, towns: o.towns, instructions: instructionNames(d, t) };
  const inc = d.incident;
  const intake = d.intake;
  const timeline = timelineOrder(d.entries);
  const firstIntake = d.entries.find((e) => e.kind === 'intake');
  const firstIntakeId = firstIntake?.id;
  const fmt = (k: string, v: unknown) => formatValue(fieldDef('intake', k), v, c) || '—';
  const num = 'dr-pg-num';

  const facts: [string, string][] = [
    [t('logs.field.number'), inc.number],
    [t('logs.field.status'), t(`status.${inc.status}`)],
    [t('logs.field.title'), inc.title],
    [t('logs.field.grade'), t(`grade.${inc.grade}`)],
    [t('logs.field.category'), `${t(`category.${inc.category}`)} / ${t(`subtype.${inc.subtype}`)}`],
    [t('logs.field.channel'), t(`channel.${intake.channel}`)],
    [t('logs.field.receivedAt'), toLocalText(intake.receivedAt, tz)],
    [t('logs.field.occurredAt'), toLocalText(intake.occurredAt, tz) || '—'],
    [t('logs.field.caller'), fmt('caller', intake.caller)],
    [t('logs.field.place'), fmt('place', intake.place)],
    [t('logs.field.casualties'), formatCasualties(inc.casualties, t)],
    ...intakeFigures(intake, c).map(([, label, text]): [string, string] => [label, text]),
    [t('logs.field.losses'), inc.losses || '—'],
    [t('logs.field.recorder'), recorderText(intake, firstIntake?.authorName ?? '', t)],
  ];
  const wide: [string, string][] = [
    [t('logs.field.description'), intake.description || '—'],
    [t('logs.field.cause'), intake.cause || '—'],
    [t('logs.field.measures'), intake.measures || '—'],
    [t('logs.field.trend'), intake.trend || '—'],
    [t('logs.field.notified'), fmt('notified', intake.notified)],
  ];
  if (intake.gradeReason) wide.unshift([t('logs.field.gradeReason'), intake.gradeReason]);
  if (inc.closedAt) wide.push([t('logs.field.closedAt'), toLocalText(inc.closedAt, tz)]);
  const label = (text: string) => ({ cell: text, head: true });

  const blocks: PagedBlock[] = [
    sheetHead({
      bureau: o.bureau,
      title: inc.drill ? `${t('drills.printMark')}${t('print.incidentTitle')}` : t('print.incidentTitle'),
      meta: [
        ...(inc.drill ? [t('drills.markerTitle', { number: inc.drill.number })] : []),
        t('print.number', { number: inc.number }),
        t('print.printedAt', { at: toLocalText(o.printedAt, tz), who: o.printedBy }),
      ],
    }),
    {
      kind: 'table',
      key: 'facts',
      className: 'dr-pg-facts',
      columns: [{ title: '', width: '17%' }, { title: '' }, { title: '', width: '17%' }, { title: '' }],
      rows: [
        ...Array.from({ length: Math.ceil(facts.length / 2) }, (_, i) => {
          const [a, b] = [facts[i * 2]!, facts[i * 2 + 1]];
          return {
            key: `f${i}`,
            cells: [label(a[0]), a[1], ...(b ? [label(b[0]), b[1]] : [{ cell: '', span: 2 }])],
          };
        }),
        ...wide.flatMap(([k, v]) =>
          (textPieces(v, 500).length ? textPieces(v, 500) : ['—']).map((piece, n) => ({
            key: `${k}.${n}`,
            cells: [label(n === 0 ? k : ''), { cell: piece, span: 3 }],
          })),
        ),
      ],
    },
    {
      kind: 'table',
      key: 'deadlines',
      title: t('print.deadlines'),
      empty: t('logs.detail.noDeadlines'),
      columns: [
        { title: t('print.col.item') },
        { title: t('logs.field.grade'), width: '12%' },
        { title: t('print.col.due'), width: '22%', className: num },
        { title: t('print.col.done'), width: '22%', className: num },
        { title: t('print.col.state'), width: '12%' },
      ],
      rows: d.deadlines.items.map((x, i) => ({
        key: String(i),
        className: x.late ? 'dr-pg-late' : undefined,
        cells: [
          t(`deadline.${x.kind}`),
          t(`gradeShort.${x.grade}`),
          toLocalText(x.dueAt, tz),
          toLocalText(x.doneAt, tz) || '—',
          x.doneAt
            ? x.late
              ? t('print.state.late')
              : t('print.state.onTime')
            : x.late
              ? t('print.state.overdue')
              : t('print.state.open'),
        ],
      })),
    },
    {
      kind: 'table',
      key: 'timeline',
      title: t('print.timeline', { n: timeline.length }),
      continuedTitle: t('sheet.continued', { title: t('print.timeline', { n: timeline.length }) }),
      columns: [
        { title: t('print.col.no'), width: '7%', className: num },
        { title: t('print.col.time'), width: '17%', className: num },
        { title: t('print.col.kind'), width: '11%' },
        { title: t('print.col.content') },
        { title: t('print.col.who'), width: '15%' },
      ],
      rows: timeline.flatMap((e, i) =>
        lineGroups(entryLines(e, c, e.id === firstIntakeId ? FACTS_SHOWN_ABOVE : [])).map((lines, k) =>
          k === 0
            ? {
                key: e.id,
                testId: 'print-entry',
                cells: [
                  i + 1,
                  toLocalText(e.occurredAt, tz),
                  e.kind === 'report' && typeof e.data.stage === 'string'
                    ? `${t('kind.report')}·${codeText(t, 'report', 'stage', e.data.stage)}`
                    : t(`kind.${e.kind}`),
                  linesCell(lines),
                  <>
                    <div>{e.authorName}</div>
                    <div className="dr-pg-small dr-pg-num">
                      {t('print.entered', { at: toLocalText(e.enteredAt, tz) })}
                    </div>
                  </>,
                ],
              }
            : { key: `${e.id}.${k}`, cells: ['', '', '', linesCell(lines), ''] },
        ),
      ),
    },
  ];
  if (d.instructions.length > 0)
    blocks.push({
      kind: 'table',
      key: 'instructions',
      title: t('logs.detail.instructions'),
      columns: [
        { title: t('print.col.time'), width: '17%', className: num },
        { title: t('logs.field.leader'), width: '15%' },
        { title: t('logs.field.instruction.content') },
        { title: t('print.col.state'), width: '11%' },
        { title: t('print.col.result') },
      ],
      rows: d.instructions.map((i) => ({
        key: i.entryId,
        cells: [
          toLocalText(i.at, tz),
          i.leader,
          i.content,
          t(`logs.instructionState.${i.status}`),
          i.result ?? '—',
        ],
      })),
    });
  blocks.push(
    signatureBlock('sign', [
      { role: t('print.sign.officer') },
      { role: t('print.sign.chief') },
      { role: t('print.sign.leader') },
      { role: t('print.sign.date') },
    ]),
  );
  return blocks;
}
