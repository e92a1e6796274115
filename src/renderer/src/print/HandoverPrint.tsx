import { useMemo, useState } from 'react';
import { Alert, Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { HandoverRecord, HandoverSheet, SignRole } from '../../../common/contract/handover';
import { useApiQuery } from '../api/hooks';
import { toLocalText } from '../components/localTime';
import { navigate, hrefOf } from '../router/hash';
import { clip, namesText, periodText, shiftName } from '../pages/roster/format';
import { entryContent, receiptOf, responseRows, shortHash } from '../pages/roster/sheetText';
import { RosterPrint } from './RosterPrint';
import { textPieces, type PagedBlock } from './paged/pack';
import { PrintDocument, sheetHead, signatureBlock } from './paged/PrintDocument';

/** `#/print/handover/<shiftKey>` and `#/print/roster/<YYYY-MM>` (`?auto=1` prints once ready). */
export function RosterPrintArea({ parts, auto }: { parts: string[]; auto: boolean }) {
  const { t } = useTranslation();
  if (parts[1] === 'handover' && parts[2]) return <HandoverPrint shiftKey={parts[2]} auto={auto} />;
  if (parts[1] === 'roster' && parts[2]) return <RosterPrint month={parts[2]} auto={auto} />;
  return (
    <Result
      status="404"
      title={t('print.unknown')}
      extra={<Button onClick={() => navigate(hrefOf('roster'))}>{t('common.back')}</Button>}
    />
  );
}

function HandoverPrint({ shiftKey, auto }: { shiftKey: string; auto: boolean }) {
  const { t } = useTranslation();
  const q = useApiQuery('handover.draft', { shiftKey });
  const [printedAt] = useState(() => new Date().toISOString());
  const blocks = useMemo(() => (q.data ? handoverBlocks(t, q.data.sheet, q.data.record) : null), [q.data, t]);
  const sheet = q.data?.sheet;
  return (
    <PrintDocument
      testId="handover-print"
      sheetTestId="handover-sheet"
      blocks={blocks}
      error={q.error}
      back={() => navigate(hrefOf('roster', ['handover', shiftKey]))}
      hint={t('handover.print.hint')}
      auto={auto}
      notice={
        q.data && q.data.record?.status !== 'signed' ? (
          <Alert type="warning" showIcon title={t('handover.print.draftNote')} />
        ) : null
      }
      footLeft={
        sheet ? t('handover.print.foot', { bureau: sheet.bureauName, shift: shiftName(t, sheet.shift) }) : ''
      }
      footRight={sheet ? t('handover.print.printedAt', { at: toLocalText(printedAt, sheet.timeZone) }) : ''}
    />
  );
}

const SIGN_ROLES: SignRole[] = ['outgoing', 'incoming', 'leader'];

/** Everything the sheet shows, as blocks for the paginator: tables split between rows. */
export function handoverBlocks(
  t: TFunction,
  sheet: HandoverSheet,
  record: HandoverRecord | null,
): PagedBlock[] {
  const tz = sheet.timeZone;
  const at = (iso: string | null | undefined) => toLocalText(iso, tz);
  const num = 'dr-pg-num';
  const dash = '—';
  const status = record?.status ?? 'draft';
  const blocks: PagedBlock[] = [];

  blocks.push(
    sheetHead({
      bureau: sheet.bureauName,
      title: t('handover.print.title'),
      meta: [
        t('handover.print.shift', {
          name: shiftName(t, sheet.shift),
          kind: t(`shiftKind.${sheet.shift.kind}`),
        }),
        periodText(t, sheet.shift, tz),
        <span key="status" data-testid="print-status">
          {t(`handoverStatus.${status}`)}
        </span>,
      ],
    }),
  );
  if (sheet.earlyReason) {
    blocks.push({
      kind: 'node',
      key: 'early',
      node: (
        <p className="dr-pg-line" data-testid="print-early">
          {t('handover.earlySigned', { reason: sheet.earlyReason })}
        </p>
      ),
    });
  }

  const crewCells = (label: string, c: HandoverSheet['outgoing'], period: string) => [
    label,
    period,
    c.leader ? personLine(c.leader) : dash,
    c.chief ? personLine(c.chief) : dash,
    c.officers.length ? c.officers.map((o) => personLine(o)).join(t('roster.listSeparator')) : dash,
  ];
  const personLine = (p: { name: string; phone: string }) =>
    p.phone ? t('roster.paren', { main: p.name, note: p.phone }) : p.name;
  blocks.push({
    kind: 'table',
    key: 'people',
    title: t('handover.section.people'),
    columns: [
      { title: t('handover.col.side'), width: '9%' },
      { title: t('handover.col.period'), width: '21%' },
      { title: t('position.leader'), width: '20%' },
      { title: t('position.chief'), width: '20%' },
      { title: t('position.officer') },
    ],
    rows: [
      {
        key: 'out',
        cells: crewCells(t('handover.side.outgoing'), sheet.outgoing, periodText(t, sheet.shift, tz)),
      },
      {
        key: 'in',
        cells: crewCells(
          t('handover.side.incoming'),
          sheet.incoming,
          periodText(t, sheet.incoming.shift, tz),
        ),
      },
    ],
  });

  const entriesTitle =
    sheet.entries.total > sheet.entries.items.length
      ? t('handover.section.entriesTruncated', { n: sheet.entries.items.length, total: sheet.entries.total })
      : t('handover.section.entries', { n: sheet.entries.total });
  blocks.push({
    kind: 'table',
    key: 'entries',
    title: entriesTitle,
    continuedTitle: t('sheet.continued', { title: entriesTitle }),
    empty: t('handover.none.entries'),
    columns: [
      { title: t('handover.col.no'), width: '6%', className: num },
      { title: t('handover.col.time'), width: '12%', className: num },
      { title: t('handover.col.kind'), width: '15%' },
      { title: t('handover.col.content') },
      { title: t('handover.col.incident'), width: '11%', className: num },
      { title: t('handover.col.author'), width: '12%' },
    ],
    rows: sheet.entries.items.map((e, i) => ({
      key: e.id,
      cells: [
        i + 1,
        at(e.at).slice(5),
        e.stage ? `${t(`kind.${e.kind}`)}·${t(`stage.${e.stage}`)}` : t(`kind.${e.kind}`),
        entryContent(t, e, 600),
        e.incidentNumber ?? '',
        e.authorName,
      ],
    })),
  });

  if (sheet.carried) {
    const title = t('handover.section.carried', { n: sheet.carried.total, shift: sheet.carried.fromShift });
    blocks.push({
      kind: 'table',
      key: 'carried',
      title,
      continuedTitle: t('sheet.continued', { title }),
      columns: [
        { title: t('handover.col.time'), width: '12%', className: num },
        { title: t('handover.col.kind'), width: '15%' },
        { title: t('handover.col.content') },
        { title: t('handover.col.incident'), width: '11%', className: num },
        { title: t('handover.col.author'), width: '12%' },
      ],
      rows: sheet.carried.items.map((e) => ({
        key: e.id,
        cells: [
          at(e.at).slice(5),
          e.stage ? `${t(`kind.${e.kind}`)}·${t(`stage.${e.stage}`)}` : t(`kind.${e.kind}`),
          entryContent(t, e, 600),
          e.incidentNumber ?? '',
          e.authorName,
        ],
      })),
    });
  }

  const responses = responseRows(t, sheet);
  if (responses) {
    const responsesTitle = t('handover.section.responses', { n: responses.length });
    blocks.push({
      kind: 'table',
      key: 'responses',
      title: responsesTitle,
      continuedTitle: t('sheet.continued', { title: responsesTitle }),
      empty: t('handover.none.responses'),
      columns: [
        { title: t('handover.col.responseOn') },
        { title: t('handover.col.response'), width: '12%' },
        { title: t('handover.col.plan'), width: '24%' },
        { title: t('handover.col.responseSince'), width: '18%', className: num },
        { title: t('handover.col.decidedBy'), width: '18%' },
      ],
      rows: responses.map((r) => ({
        key: r.key,
        cells: [r.on.text, r.level, r.planName, r.since, r.decided],
      })),
    });
  }

  blocks.push({
    kind: 'table',
    key: 'incidents',
    title: t('handover.section.incidents', { n: sheet.incidents.length }),
    continuedTitle: t('sheet.continued', {
      title: t('handover.section.incidents', { n: sheet.incidents.length }),
    }),
    empty: t('handover.none.incidents'),
    columns: [
      { title: t('handover.col.number'), width: '11%', className: num },
      { title: t('handover.col.incident') },
      { title: t('handover.col.grade'), width: '9%' },
      { title: t('handover.col.status'), width: '10%' },
      { title: t('handover.col.received'), width: '17%', className: num },
      { title: t('handover.col.inShift'), width: '11%' },
    ],
    rows: sheet.incidents.map((i) => ({
      key: i.id,
      cells: [
        i.number,
        i.title + (i.newInShift ? t('handover.newInShift') : ''),
        t(`gradeShort.${i.grade}`),
        t(`status.${i.status}`),
        at(i.receivedAt),
        t('handover.entriesN', { n: i.entriesInShift }),
      ],
    })),
  });

  const unfinishedTitle = t('handover.section.unfinished', { n: sheet.unfinishedTotal });
  blocks.push({
    kind: 'table',
    key: 'unfinished',
    title: unfinishedTitle,
    continuedTitle: t('sheet.continued', { title: unfinishedTitle }),
    empty: t('handover.none.unfinished'),
    columns: [
      { title: t('handover.col.incident') },
      { title: t('handover.col.status'), width: '9%' },
      { title: t('handover.col.owed'), width: '11%' },
      { title: t('handover.col.due'), width: '18%', className: num },
      { title: t('handover.col.explanation'), width: '28%' },
    ],
    rows: sheet.unfinished.map((u) => ({
      key: u.key,
      className: u.owed?.overdue ? 'dr-pg-late' : undefined,
      cells: [
        `${u.number} ${u.title}` +
          (u.openInstructions ? t('handover.openInstructions', { n: u.openInstructions }) : ''),
        t(`status.${u.status}`),
        u.owed ? t(`deadline.${u.owed.kind}`) : t('handover.owedNothing'),
        u.owed ? at(u.owed.dueAt) + (u.owed.overdue ? t('handover.overdueMark') : '') : dash,
        u.explanation || (u.owed?.overdue ? dash : ''),
      ],
    })),
  });

  blocks.push({
    kind: 'table',
    key: 'instructions',
    title: t('handover.section.instructions', { n: sheet.instructions.length }),
    empty: t('handover.none.instructions'),
    columns: [
      { title: t('handover.col.time'), width: '12%', className: num },
      { title: t('handover.col.leader'), width: '10%' },
      { title: t('handover.col.instruction') },
      { title: t('handover.col.progress'), width: '28%' },
    ],
    rows: sheet.instructions.map((i) => ({
      key: i.entryId,
      cells: [
        at(i.at).slice(5),
        i.leader,
        t('roster.paren', { main: clip(i.content), note: `${i.number} ${i.title}` }),
        i.result
          ? t('roster.labelValue', {
              label: t(`handover.instruction.${i.status}`),
              value: clip(i.result, 300),
            })
          : t(`handover.instruction.${i.status}`),
      ],
    })),
  });

  const eq = sheet.equipment;
  blocks.push({
    kind: 'node',
    key: 'equipment-head',
    node: (
      <>
        <h2 className="dr-pg-h2">{t('handover.section.equipment')}</h2>
        <p className="dr-pg-line">
          {t('handover.equipmentSummary', {
            total: eq.total,
            due: eq.due,
            overdue: eq.overdue.length,
            checks: eq.checksTotal,
            faults: eq.faults.length,
          })}
          {eq.overdue.length
            ? t('handover.overdueList', {
                names: namesText(
                  t,
                  eq.overdue.map((o) => o.name),
                ),
              })
            : ''}
        </p>
      </>
    ),
  });
  blocks.push({
    kind: 'table',
    key: 'checks',
    // The equipment heading above never ends a page alone.
    keepWithPrevious: true,
    title: t('handover.section.checks', { n: eq.checksTotal }),
    continuedTitle: t('sheet.continued', { title: t('handover.section.checks', { n: eq.checksTotal }) }),
    empty: t('handover.none.checks'),
    className: 'dr-pg-sub',
    columns: [
      { title: t('handover.col.time'), width: '13%', className: num },
      { title: t('handover.col.equipment') },
      { title: t('handover.col.result'), width: '10%' },
      { title: t('handover.col.checker'), width: '12%' },
      { title: t('handover.col.notes'), width: '30%' },
    ],
    rows: eq.checks.map((c) => ({
      key: c.id,
      className: c.passed ? undefined : 'dr-pg-late',
      cells: [
        at(c.checkedAt).slice(5),
        t('roster.paren', { main: c.equipmentName, note: t(`equipmentKind.${c.kind}`) }),
        c.passed ? t('checkResult.pass') : t('checkResult.fail'),
        c.checkerName,
        clip(c.notes, 200),
      ],
    })),
  });
  blocks.push({
    kind: 'table',
    key: 'faults',
    title: t('handover.section.faults', { n: eq.faults.length }),
    empty: t('handover.none.faults'),
    className: 'dr-pg-sub',
    columns: [
      { title: t('handover.col.number'), width: '14%', className: num },
      { title: t('handover.col.fault') },
      { title: t('handover.col.deadline'), width: '18%', className: num },
      { title: t('handover.col.status'), width: '12%' },
      { title: t('handover.col.explanation'), width: '26%' },
    ],
    rows: eq.faults.map((f) => ({
      key: f.id,
      className: f.overdue ? 'dr-pg-late' : undefined,
      cells: [
        f.number,
        t('roster.labelValue', { label: f.equipmentName, value: clip(f.description, 300) }),
        at(f.deadlineAt) + (f.overdue ? t('handover.overdueMark') : ''),
        t(`faultStatus.${f.status}`),
        f.explanation || (f.overdue ? dash : ''),
      ],
    })),
  });

  const warns = sheet.warnings ?? [];
  blocks.push({
    kind: 'table',
    key: 'warnings',
    title: t('warnings.handover.section', { n: warns.length }),
    empty: t('warnings.handover.none'),
    columns: [
      { title: t('warnings.col.warning') },
      { title: t('warnings.col.acks'), width: '10%', className: num },
      { title: t('warnings.handover.waiting'), width: '44%' },
    ],
    rows: warns.map((w) => ({
      key: w.id,
      className: w.waiting.some((x) => x.late) ? 'dr-pg-late' : undefined,
      cells: [
        t('warnings.handover.line', {
          colour: t(`warningColour.${w.level}`),
          headline: clip(w.headline, 200),
          towns: w.towns.join(t('list.comma')),
        }),
        t('warnings.acks', { done: w.acked, all: w.sent }),
        [
          ...w.waiting.map((x) =>
            t(x.late ? 'warnings.handover.late' : 'warnings.handover.due', {
              name: [x.unit, x.person].filter(Boolean).join(' '),
              due: at(x.ackDue),
            }),
          ),
          // The climbs up a silent town's ladder (自动升级 or by hand).
          ...(w.escalated ?? []).map((x) =>
            t(x.auto ? 'warnings.handover.autoEscalated' : 'warnings.handover.escalated', {
              at: at(x.at),
              from: x.from,
              to: x.to,
            }),
          ),
        ].join(t('list.semicolon')) || dash,
      ],
    })),
  });

  const rects = sheet.rectifications ?? [];
  blocks.push({
    kind: 'table',
    key: 'rectifications',
    title: t('handover.section.rectifications', { n: rects.length }),
    empty: t('handover.none.rectifications'),
    columns: [
      { title: t('handover.col.number'), width: '14%', className: num },
      { title: t('handover.col.rectification') },
      { title: t('handover.col.ownerUnit'), width: '20%' },
      { title: t('handover.col.dueDate'), width: '14%', className: num },
    ],
    rows: rects.map((r) => ({
      key: r.id,
      className: 'dr-pg-late',
      cells: [
        r.number,
        t('roster.labelValue', { label: r.drillTitle, value: clip(r.finding, 300) }),
        r.ownerUnit,
        r.dueDate,
      ],
    })),
  });

  const orders = sheet.supplyOrders ?? [];
  blocks.push({
    kind: 'table',
    key: 'supplyOrders',
    title: t('handover.section.supplyOrders', { n: orders.length }),
    empty: t('handover.none.supplyOrders'),
    columns: [
      { title: t('handover.col.number'), width: '12%', className: num },
      { title: t('handover.col.supplyOrder') },
      { title: t('handover.col.approvedAt'), width: '18%', className: num },
      { title: t('handover.col.writtenDue'), width: '22%', className: num },
    ],
    rows: orders.map((o) => {
      const late = o.writtenDueAt < sheet.generatedAt;
      return {
        key: o.id,
        className: late ? 'dr-pg-late' : undefined,
        cells: [
          o.number,
          t('handover.supplyOrderLine', {
            incident: o.incidentTitle,
            unit: o.receivingUnit,
            approver: o.approver,
          }),
          at(o.approvedAt),
          at(o.writtenDueAt) + (late ? t('handover.overdueMark') : ''),
        ],
      };
    }),
  });

  const receipt = receiptOf(sheet, record);
  const receiptText = (r: { received: boolean } | null | undefined) =>
    r ? (r.received ? t('handover.receivedYes') : t('handover.receivedNo')) : t('handover.receiptPending');
  blocks.push({
    kind: 'table',
    key: 'items',
    title: t('handover.section.items', { n: sheet.items.length }),
    empty: t('handover.none.items'),
    columns: [
      { title: t('handover.col.item') },
      { title: t('handover.col.serial'), width: '15%' },
      { title: t('handover.col.status'), width: '10%' },
      { title: t('handover.col.receivedItem'), width: '11%' },
      { title: t('handover.col.explanation'), width: '32%' },
    ],
    rows: sheet.items.map((i) => ({
      key: i.key,
      className: receipt.get(i.equipmentId)?.received === false ? 'dr-pg-late' : undefined,
      cells: [
        i.location && !i.name.includes(i.location)
          ? t('roster.paren', { main: i.name, note: i.location })
          : i.name,
        i.serial || dash,
        t(`equipmentStatus.${i.status}`),
        receiptText(receipt.get(i.equipmentId)),
        receipt.get(i.equipmentId)?.note ?? '',
      ],
    })),
  });

  blocks.push({
    kind: 'table',
    key: 'spot',
    title: t('handover.section.spotChecks', { n: sheet.spotChecks.length }),
    empty: t('handover.none.spotChecks'),
    columns: [
      { title: t('handover.col.time'), width: '13%', className: num },
      { title: t('handover.col.caller') },
      { title: t('handover.col.answeredBy'), width: '12%' },
      { title: t('handover.col.answerSeconds'), width: '12%', className: num },
      { title: t('handover.col.result'), width: '28%' },
    ],
    rows: sheet.spotChecks.map((s) => ({
      key: s.id,
      cells: [
        at(s.at).slice(5),
        `${s.callerUnit} ${s.callerName}`.trim(),
        s.answeredBy,
        t('handover.seconds', { n: s.answerSeconds }),
        s.result,
      ],
    })),
  });

  // Notes: a paragraph per row, long ones in pieces, so a page break never cuts a line.
  const paragraphs = textPieces(sheet.notes);
  blocks.push({
    kind: 'table',
    key: 'notes',
    title: t('handover.section.notes'),
    empty: t('handover.none.notes'),
    columns: [{ title: '' }],
    rows: paragraphs.map((p, i) => ({ key: String(i), cells: [p] })),
  });

  const sig = (role: SignRole) => record?.signatures.find((s) => s.role === role);
  blocks.push(
    signatureBlock(
      'signatures',
      SIGN_ROLES.map((role) => {
        const s = sig(role);
        return {
          role: t(`signRole.${role}`),
          name: s?.name,
          note: s ? (
            <>
              {t('handover.print.signedAt', { at: at(s.at) }) + t(`handover.print.proof.${s.proof}`)}
              {s.anchor ? (
                <div data-testid="print-anchor">
                  {t('handover.anchor', { seq: s.anchor.seq, hash: shortHash(s.anchor.hash) })}
                </div>
              ) : null}
            </>
          ) : (
            t('handover.print.signHere')
          ),
        };
      }),
      { testId: 'print-signatures' },
    ),
  );
  if (record?.snapshotHash) {
    blocks.push({
      kind: 'node',
      key: 'hash',
      keepWithPrevious: true,
      node: (
        <p className="dr-pg-small">
          {t('handover.print.hash', { hash: record.snapshotHash.slice(0, 16), at: at(record.completedAt) })}
        </p>
      ),
    });
  }

  const amendments = record?.amendments ?? [];
  if (amendments.length > 0) {
    blocks.push({
      kind: 'table',
      key: 'amendments',
      title: t('handover.section.amendments', { n: amendments.length }),
      columns: [
        { title: t('handover.col.time'), width: '17%', className: num },
        { title: t('handover.col.author'), width: '12%' },
        { title: t('handover.col.content') },
      ],
      rows: amendments.flatMap((a) =>
        (a.text.match(/[\s\S]{1,400}/g) ?? ['']).map((part, k) => ({
          key: `${a.id}-${k}`,
          cells: [k === 0 ? at(a.at) : '', k === 0 ? a.authorName : '', part],
        })),
      ),
    });
  }
  return blocks;
}
