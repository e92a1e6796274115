import { useMemo, useState } from 'react';
import { Alert, Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { HandoverRecord, HandoverSheet, SignRole } from '../../../common/contract/handover';
import { useApiQuery } from '../api/hooks';
import { toLocalText } from '../components/localTime';
import { navigate } from '../router/hash';
import { clip, namesText, periodText, shiftName } from '../pages/roster/format';
import { entryContent, receiptOf, shortHash } from '../pages/roster/sheetText';
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
      extra={<Button onClick={() => navigate('/roster')}>{t('common.back')}</Button>}
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
      back={() => navigate(`/roster/handover/${shiftKey}`)}
      hint={t('ho.print.hint')}
      auto={auto}
      notice={
        q.data && q.data.record?.status !== 'signed' ? (
          <Alert type="warning" showIcon title={t('ho.print.draftNote')} />
        ) : null
      }
      footLeft={
        sheet ? t('ho.print.foot', { bureau: sheet.bureauName, shift: shiftName(t, sheet.shift) }) : ''
      }
      footRight={sheet ? t('ho.print.printedAt', { at: toLocalText(printedAt, sheet.timeZone) }) : ''}
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
      title: t('ho.print.title'),
      meta: [
        t('ho.print.shift', { name: shiftName(t, sheet.shift), kind: t(`shiftKind.${sheet.shift.kind}`) }),
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
          {t('ho.earlySigned', { reason: sheet.earlyReason })}
        </p>
      ),
    });
  }

  const crewCells = (label: string, c: HandoverSheet['outgoing'], period: string) => [
    label,
    period,
    c.leader ? personLine(c.leader) : dash,
    c.chief ? personLine(c.chief) : dash,
    c.officers.length ? c.officers.map((o) => personLine(o)).join(t('ro.listSeparator')) : dash,
  ];
  const personLine = (p: { name: string; phone: string }) =>
    p.phone ? t('ro.paren', { main: p.name, note: p.phone }) : p.name;
  blocks.push({
    kind: 'table',
    key: 'people',
    title: t('ho.section.people'),
    columns: [
      { title: t('ho.col.side'), width: '9%' },
      { title: t('ho.col.period'), width: '21%' },
      { title: t('position.leader'), width: '20%' },
      { title: t('position.chief'), width: '20%' },
      { title: t('position.officer') },
    ],
    rows: [
      { key: 'out', cells: crewCells(t('ho.side.outgoing'), sheet.outgoing, periodText(t, sheet.shift, tz)) },
      {
        key: 'in',
        cells: crewCells(t('ho.side.incoming'), sheet.incoming, periodText(t, sheet.incoming.shift, tz)),
      },
    ],
  });

  const entriesTitle =
    sheet.entries.total > sheet.entries.items.length
      ? t('ho.section.entriesTruncated', { n: sheet.entries.items.length, total: sheet.entries.total })
      : t('ho.section.entries', { n: sheet.entries.total });
  blocks.push({
    kind: 'table',
    key: 'entries',
    title: entriesTitle,
    continuedTitle: t('sheet.continued', { title: entriesTitle }),
    empty: t('ho.none.entries'),
    columns: [
      { title: t('ho.col.no'), width: '6%', className: num },
      { title: t('ho.col.time'), width: '12%', className: num },
      { title: t('ho.col.kind'), width: '15%' },
      { title: t('ho.col.content') },
      { title: t('ho.col.incident'), width: '11%', className: num },
      { title: t('ho.col.author'), width: '12%' },
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
    const title = t('ho.section.carried', { n: sheet.carried.total, shift: sheet.carried.fromShift });
    blocks.push({
      kind: 'table',
      key: 'carried',
      title,
      continuedTitle: t('sheet.continued', { title }),
      columns: [
        { title: t('ho.col.time'), width: '12%', className: num },
        { title: t('ho.col.kind'), width: '15%' },
        { title: t('ho.col.content') },
        { title: t('ho.col.incident'), width: '11%', className: num },
        { title: t('ho.col.author'), width: '12%' },
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

  blocks.push({
    kind: 'table',
    key: 'incidents',
    title: t('ho.section.incidents', { n: sheet.incidents.length }),
    continuedTitle: t('sheet.continued', { title: t('ho.section.incidents', { n: sheet.incidents.length }) }),
    empty: t('ho.none.incidents'),
    columns: [
      { title: t('ho.col.number'), width: '11%', className: num },
      { title: t('ho.col.incident') },
      { title: t('ho.col.grade'), width: '9%' },
      { title: t('ho.col.status'), width: '10%' },
      { title: t('ho.col.received'), width: '17%', className: num },
      { title: t('ho.col.inShift'), width: '11%' },
    ],
    rows: sheet.incidents.map((i) => ({
      key: i.id,
      cells: [
        i.number,
        i.title + (i.newInShift ? t('ho.newInShift') : ''),
        t(`gradeShort.${i.grade}`),
        t(`status.${i.status}`),
        at(i.receivedAt),
        t('ho.entriesN', { n: i.entriesInShift }),
      ],
    })),
  });

  const unfinishedTitle = t('ho.section.unfinished', { n: sheet.unfinishedTotal });
  blocks.push({
    kind: 'table',
    key: 'unfinished',
    title: unfinishedTitle,
    continuedTitle: t('sheet.continued', { title: unfinishedTitle }),
    empty: t('ho.none.unfinished'),
    columns: [
      { title: t('ho.col.incident') },
      { title: t('ho.col.status'), width: '9%' },
      { title: t('ho.col.owed'), width: '11%' },
      { title: t('ho.col.due'), width: '18%', className: num },
      { title: t('ho.col.explanation'), width: '28%' },
    ],
    rows: sheet.unfinished.map((u) => ({
      key: u.key,
      className: u.owed?.overdue ? 'dr-pg-late' : undefined,
      cells: [
        `${u.number} ${u.title}` +
          (u.openInstructions ? t('ho.openInstructions', { n: u.openInstructions }) : ''),
        t(`status.${u.status}`),
        u.owed ? t(`deadline.${u.owed.kind}`) : t('ho.owedNothing'),
        u.owed ? at(u.owed.dueAt) + (u.owed.overdue ? t('ho.overdueMark') : '') : dash,
        u.explanation || (u.owed?.overdue ? dash : ''),
      ],
    })),
  });

  blocks.push({
    kind: 'table',
    key: 'instructions',
    title: t('ho.section.instructions', { n: sheet.instructions.length }),
    empty: t('ho.none.instructions'),
    columns: [
      { title: t('ho.col.time'), width: '12%', className: num },
      { title: t('ho.col.leader'), width: '10%' },
      { title: t('ho.col.instruction') },
      { title: t('ho.col.progress'), width: '28%' },
    ],
    rows: sheet.instructions.map((i) => ({
      key: i.entryId,
      cells: [
        at(i.at).slice(5),
        i.leader,
        t('ro.paren', { main: clip(i.content), note: `${i.number} ${i.title}` }),
        i.result
          ? t('ro.labelValue', { label: t(`ho.instruction.${i.status}`), value: clip(i.result, 300) })
          : t(`ho.instruction.${i.status}`),
      ],
    })),
  });

  const eq = sheet.equipment;
  blocks.push({
    kind: 'node',
    key: 'equipment-head',
    node: (
      <>
        <h2 className="dr-pg-h2">{t('ho.section.equipment')}</h2>
        <p className="dr-pg-line">
          {t('ho.equipmentSummary', {
            total: eq.total,
            due: eq.due,
            overdue: eq.overdue.length,
            checks: eq.checksTotal,
            faults: eq.faults.length,
          })}
          {eq.overdue.length
            ? t('ho.overdueList', {
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
    title: t('ho.section.checks', { n: eq.checksTotal }),
    continuedTitle: t('sheet.continued', { title: t('ho.section.checks', { n: eq.checksTotal }) }),
    empty: t('ho.none.checks'),
    className: 'dr-pg-sub',
    columns: [
      { title: t('ho.col.time'), width: '13%', className: num },
      { title: t('ho.col.equipment') },
      { title: t('ho.col.result'), width: '10%' },
      { title: t('ho.col.checker'), width: '12%' },
      { title: t('ho.col.notes'), width: '30%' },
    ],
    rows: eq.checks.map((c) => ({
      key: c.id,
      className: c.passed ? undefined : 'dr-pg-late',
      cells: [
        at(c.checkedAt).slice(5),
        t('ro.paren', { main: c.equipmentName, note: t(`equipmentKind.${c.kind}`) }),
        c.passed ? t('checkResult.pass') : t('checkResult.fail'),
        c.checkerName,
        clip(c.notes, 200),
      ],
    })),
  });
  blocks.push({
    kind: 'table',
    key: 'faults',
    title: t('ho.section.faults', { n: eq.faults.length }),
    empty: t('ho.none.faults'),
    className: 'dr-pg-sub',
    columns: [
      { title: t('ho.col.number'), width: '14%', className: num },
      { title: t('ho.col.fault') },
      { title: t('ho.col.deadline'), width: '18%', className: num },
      { title: t('ho.col.status'), width: '12%' },
      { title: t('ho.col.explanation'), width: '26%' },
    ],
    rows: eq.faults.map((f) => ({
      key: f.id,
      className: f.overdue ? 'dr-pg-late' : undefined,
      cells: [
        f.number,
        t('ro.labelValue', { label: f.equipmentName, value: clip(f.description, 300) }),
        at(f.deadlineAt) + (f.overdue ? t('ho.overdueMark') : ''),
        t(`faultStatus.${f.status}`),
        f.explanation || (f.overdue ? dash : ''),
      ],
    })),
  });

  const receipt = receiptOf(sheet, record);
  const receiptText = (r: { received: boolean } | null | undefined) =>
    r ? (r.received ? t('ho.receivedYes') : t('ho.receivedNo')) : t('ho.receiptPending');
  blocks.push({
    kind: 'table',
    key: 'items',
    title: t('ho.section.items', { n: sheet.items.length }),
    empty: t('ho.none.items'),
    columns: [
      { title: t('ho.col.item') },
      { title: t('ho.col.serial'), width: '15%' },
      { title: t('ho.col.status'), width: '10%' },
      { title: t('ho.col.receivedItem'), width: '11%' },
      { title: t('ho.col.explanation'), width: '32%' },
    ],
    rows: sheet.items.map((i) => ({
      key: i.key,
      className: receipt.get(i.equipmentId)?.received === false ? 'dr-pg-late' : undefined,
      cells: [
        i.location && !i.name.includes(i.location)
          ? t('ro.paren', { main: i.name, note: i.location })
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
    title: t('ho.section.spotChecks', { n: sheet.spotChecks.length }),
    empty: t('ho.none.spotChecks'),
    columns: [
      { title: t('ho.col.time'), width: '13%', className: num },
      { title: t('ho.col.caller') },
      { title: t('ho.col.answeredBy'), width: '12%' },
      { title: t('ho.col.answerSeconds'), width: '12%', className: num },
      { title: t('ho.col.result'), width: '28%' },
    ],
    rows: sheet.spotChecks.map((s) => ({
      key: s.id,
      cells: [
        at(s.at).slice(5),
        `${s.callerUnit} ${s.callerName}`.trim(),
        s.answeredBy,
        t('ho.seconds', { n: s.answerSeconds }),
        s.result,
      ],
    })),
  });

  // Notes: a paragraph per row, long ones in pieces, so a page break never cuts a line.
  const paragraphs = textPieces(sheet.notes);
  blocks.push({
    kind: 'table',
    key: 'notes',
    title: t('ho.section.notes'),
    empty: t('ho.none.notes'),
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
              {t('ho.print.signedAt', { at: at(s.at) }) + t(`ho.print.proof.${s.proof}`)}
              {s.anchor ? (
                <div data-testid="print-anchor">
                  {t('ho.anchor', { seq: s.anchor.seq, hash: shortHash(s.anchor.hash) })}
                </div>
              ) : null}
            </>
          ) : (
            t('ho.print.signHere')
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
          {t('ho.print.hash', { hash: record.snapshotHash.slice(0, 16), at: at(record.completedAt) })}
        </p>
      ),
    });
  }

  const amendments = record?.amendments ?? [];
  if (amendments.length > 0) {
    blocks.push({
      kind: 'table',
      key: 'amendments',
      title: t('ho.section.amendments', { n: amendments.length }),
      columns: [
        { title: t('ho.col.time'), width: '17%', className: num },
        { title: t('ho.col.author'), width: '12%' },
        { title: t('ho.col.content') },
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
