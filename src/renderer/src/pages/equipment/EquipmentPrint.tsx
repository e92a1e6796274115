import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { zonedToInstant } from '../../../../common/time/zone';
import { useApiQuery } from '../../api/hooks';
import { toLocalText } from '../../components/localTime';
import { navigate, hrefOf } from '../../router/hash';
import { formatDateTime } from '../../time/format';
import { useRoomTimeZone } from '../../time/useRoomTime';
import type { PagedBlock } from '../../print/paged/pack';
import { PrintDocument, sheetHead, signatureBlock } from '../../print/paged/PrintDocument';
import { resultsLine } from './format';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local calendar days → [start of `from`, start of the day after `to`) in the room's zone. */
function period(from: string, to: string, tz: string): { from: string; to: string } | null {
  const a = DAY.exec(from);
  const b = DAY.exec(to);
  if (!a || !b) return null;
  return {
    from: zonedToInstant(tz, Number(a[1]), Number(a[2]), Number(a[3])).toISOString(),
    to: zonedToInstant(tz, Number(b[1]), Number(b[2]), Number(b[3]) + 1).toISOString(),
  };
}

/**
 * `#/print/equipment?from=YYYY-MM-DD&to=YYYY-MM-DD`: the equipment check record sheet
 * (通讯设备检查记录表) for a period, A4, with the faults of the period and signatures.
 */
export function EquipmentPrint({ from, to, auto }: { from: string; to: string; auto: boolean }) {
  const tz = useRoomTimeZone();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const settings = useApiQuery('settings.get', {});
  const range = period(from, to, tz);
  const checks = useApiQuery('checks.history', range ? { ...range, limit: 5000 } : {}, {
    enabled: range !== null,
  });
  const faults = useApiQuery('faults.list', { limit: 1000 });
  const [printedAt] = useState(() => new Date().toISOString());

  const blocks = useMemo((): PagedBlock[] | null => {
    if (!range || !settings.data || !checks.data || !faults.data) return null;
    const items = [...checks.data.items].reverse();
    const inPeriod = faults.data.filter(
      (f) =>
        (f.openedAt >= range.from && f.openedAt < range.to) ||
        (f.closedAt !== null && f.closedAt >= range.from && f.closedAt < range.to) ||
        (f.status !== 'closed' && f.openedAt < range.to),
    );
    // Blocks are rebuilt only when the data changes: a new set re-measures the pages.
    const fmt = (iso: string | null) => formatDateTime(iso, lang, tz);
    const num = 'dr-pg-num';
    const checksTitle = t('equipment.print.title');
    return [
      sheetHead({
        bureau: settings.data.bureauName,
        title: t('equipment.print.title'),
        meta: [
          t('equipment.print.period', { from, to }),
          t('equipment.print.counts', { n: items.length, failed: items.filter((c) => !c.passed).length }),
        ],
      }),
      {
        kind: 'table',
        key: 'checks',
        continuedTitle: t('sheet.continued', { title: checksTitle }),
        empty: t('equipment.print.none'),
        columns: [
          { title: t('equipment.print.no'), width: '5%', className: num },
          { title: t('equipment.col.checkedAt'), width: '18%', className: num },
          { title: t('equipment.col.name'), width: '19%' },
          { title: t('equipment.print.items') },
          { title: t('equipment.col.result'), width: '8%' },
          { title: t('equipment.col.checker'), width: '9%' },
        ],
        rows: items.map((c, i) => ({
          key: c.id,
          className: c.passed ? undefined : 'dr-pg-strong',
          cells: [
            i + 1,
            fmt(c.checkedAt),
            drillMarked(t, c.drill, c.equipmentName),
            <>
              {resultsLine(t, c)}
              {c.notes ? <div className="dr-pg-k">{t('equipment.print.note', { text: c.notes })}</div> : null}
            </>,
            t(c.passed ? 'checkResult.pass' : 'checkResult.fail'),
            c.checkerName,
          ],
        })),
      },
      {
        kind: 'table',
        key: 'faults',
        title: t('equipment.print.faults'),
        continuedTitle: t('sheet.continued', { title: t('equipment.print.faults') }),
        empty: t('equipment.print.noFaults'),
        columns: [
          { title: t('equipment.col.number'), width: '12%', className: num },
          { title: t('equipment.col.name'), width: '16%' },
          { title: t('equipment.faultDescription') },
          { title: t('equipment.col.openedAt'), width: '17%', className: num },
          { title: t('equipment.col.deadline'), width: '17%', className: num },
          { title: t('equipment.col.status'), width: '11%' },
        ],
        rows: inPeriod.map((f) => ({
          key: f.id,
          cells: [
            f.number,
            drillMarked(t, f.drill, f.equipmentName),
            f.description,
            fmt(f.openedAt),
            fmt(f.deadlineAt),
            <>
              {t(`faultStatus.${f.status}`)}
              {f.closedAt ? <div className="dr-pg-num">{fmt(f.closedAt)}</div> : null}
              {f.overdue ? <div>{t('equipment.overdue')}</div> : null}
            </>,
          ],
        })),
      },
      signatureBlock('sign', [
        { role: t('equipment.print.sign.officer') },
        { role: t('equipment.print.sign.chief') },
        { role: t('equipment.print.sign.leader') },
        { role: t('equipment.print.date') },
      ]),
    ];
    // range is derived from from/to/tz, which are listed.
  }, [settings.data, checks.data, faults.data, from, to, tz, t, lang]);

  if (!range) return <Alert type="error" showIcon title={t('equipment.print.badPeriod')} />;
  return (
    <PrintDocument
      testId="equipment-print"
      sheetTestId="equipment-sheet"
      blocks={blocks}
      error={checks.error ?? settings.error ?? faults.error}
      back={() => navigate(hrefOf('equipment', ['history']))}
      hint={t('equipment.print.hint')}
      auto={auto}
      footLeft={t('equipment.print.foot', { from, to })}
      footRight={t('sheet.printedAt', { at: toLocalText(printedAt, tz) })}
    />
  );
}

/** 【演练 YL-2026-003】卫星电话（1号）: drill traffic says so on paper too. */
function drillMarked(t: TFunction, drill: { number: string } | null, text: string): string {
  return drill ? `${t('drills.printMarkNumber', { number: drill.number })}${text}` : text;
}
