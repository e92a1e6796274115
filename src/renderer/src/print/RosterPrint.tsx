import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { OutputOf } from '../../../common/contract';
import { useApiQuery } from '../api/hooks';
import { toLocalText } from '../components/localTime';
import { navigate, hrefOf } from '../router/hash';
import { useRoomTimeZone } from '../time/useRoomTime';
import { namesText, shiftName, weekdayOf } from '../pages/roster/format';
import type { PagedBlock } from './paged/pack';
import { PrintDocument, sheetHead, signatureBlock } from './paged/PrintDocument';

type Roster = OutputOf<'roster.get'>;

/** `#/print/roster/<YYYY-MM>`: the month's 值班表 on A4, with its swaps and replacements. */
export function RosterPrint({ month, auto }: { month: string; auto: boolean }) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const q = useApiQuery('roster.get', { month });
  const info = useApiQuery('system.info', {});
  const [printedAt] = useState(() => new Date().toISOString());
  const bureau = info.data?.bureauName ?? '';
  const blocks = useMemo(
    () => (q.data && info.data ? rosterBlocks(t, q.data, bureau, month) : null),
    [q.data, info.data, t, bureau, month],
  );
  return (
    <PrintDocument
      testId="roster-print"
      sheetTestId="roster-sheet"
      blocks={blocks}
      error={q.error ?? info.error}
      back={() => navigate(hrefOf('roster', ['month', month]))}
      hint={t('handover.print.hint')}
      auto={auto}
      footLeft={t('roster.print.foot', { bureau, month })}
      footRight={t('handover.print.printedAt', { at: toLocalText(printedAt, tz) })}
    />
  );
}

function rosterBlocks(t: TFunction, r: Roster, bureau: string, month: string): PagedBlock[] {
  const [y, m] = month.split('-');
  const phone = (p: { name: string; phone: string } | null) => (p?.phone ? p.phone : '');
  const replacements = r.changes.filter((c) => c.kind === 'replace' || c.kind === 'swap');
  const blocks: PagedBlock[] = [
    sheetHead({
      bureau,
      title: t('roster.print.title'),
      meta: [
        t('roster.print.month', { year: y, month: Number(m) }),
        t('roster.print.count', { n: r.shifts.length }),
      ],
    }),
    {
      kind: 'table',
      key: 'shifts',
      continuedTitle: t('sheet.continued', { title: t('roster.print.title') }),
      columns: [
        { title: t('roster.col.date'), width: '12%', className: 'dr-pg-num' },
        { title: t('roster.col.weekday'), width: '8%' },
        { title: t('roster.col.shift'), width: '7%' },
        { title: t('position.leader'), width: '11%' },
        { title: t('position.chief'), width: '11%' },
        { title: t('position.officer') },
        { title: t('roster.col.phones'), width: '27%', className: 'dr-pg-num' },
      ],
      rows: r.shifts.map((s) => ({
        key: s.key,
        cells: [
          s.date,
          weekdayOf(t, s.date),
          s.slot === 'full' ? t('shiftSlot.full') : t(`shiftSlot.${s.slot}`),
          s.leader?.name ?? '',
          s.chief?.name ?? '',
          namesText(
            t,
            s.officers.map((o) => o.name),
          ),
          [phone(s.leader), phone(s.chief)].filter(Boolean).join(' / '),
        ],
      })),
    },
  ];
  if (replacements.length > 0)
    blocks.push({
      kind: 'table',
      key: 'changes',
      title: t('roster.print.changes', { n: replacements.length }),
      columns: [
        { title: t('roster.col.shift'), width: '16%' },
        { title: t('roster.col.change'), width: '10%' },
        { title: t('roster.col.beforeAfter') },
        { title: t('roster.col.reason'), width: '24%' },
        { title: t('roster.col.author'), width: '11%' },
      ],
      rows: replacements.map((c) => {
        const shift = r.shifts.find((s) => s.key === c.shiftKey);
        const before = [c.before.leader, c.before.chief, ...c.before.officers];
        const after = [c.after.leader, c.after.chief, ...c.after.officers];
        const out = before.filter((n) => n && !after.includes(n));
        const inn = after.filter((n) => n && !before.includes(n));
        return {
          key: String(c.seq),
          cells: [
            shift ? shiftName(t, shift) : c.shiftKey,
            t(`rosterChange.${c.kind}`),
            t('roster.print.swap', { out: namesText(t, out), in: namesText(t, inn) }),
            c.reason,
            c.authorName,
          ],
        };
      }),
    });
  blocks.push(
    signatureBlock('sign', [{ role: t('roster.print.madeBy') }, { role: t('roster.print.approvedBy') }]),
  );
  return blocks;
}
