import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverView } from '../../../../common/contract/handover';
import { toLocalText } from '../../components/localTime';
import { entryContent } from './sheetText';
import { Section, SheetTable } from './SheetParts';

type Sheet = HandoverView['sheet'];

/** 本班查岗. */
export function SpotChecksSection({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation();
  const at = (iso: string | null | undefined) => toLocalText(iso, sheet.timeZone);
  return (
    <Section title={t('handover.section.spotChecks', { n: sheet.spotChecks.length })} testId="ho-spot">
      <SheetTable
        rowKey="id"
        rows={sheet.spotChecks}
        empty={t('handover.none.spotChecks')}
        columns={[
          { title: t('handover.col.time'), key: 'a', width: 150, render: (_, s) => at(s.at) },
          { title: t('handover.col.caller'), key: 'c', render: (_, s) => `${s.callerUnit} ${s.callerName}` },
          { title: t('handover.col.answeredBy'), dataIndex: 'answeredBy', width: 100 },
          {
            title: t('handover.col.answerSeconds'),
            key: 'n',
            width: 100,
            render: (_, s) => t('handover.seconds', { n: s.answerSeconds }),
          },
          { title: t('handover.col.result'), dataIndex: 'result' },
        ]}
      />
    </Section>
  );
}

const ENTRY_PAGE = 15;

/** 本班值班日志, paged on screen (the print lists every entry). */
export function EntriesSection({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation();
  const tz = sheet.timeZone;
  const rows = useMemo(() => sheet.entries.items.map((e, i) => ({ ...e, no: i + 1 })), [sheet]);
  const title =
    sheet.entries.total > sheet.entries.items.length
      ? t('handover.section.entriesTruncated', { n: sheet.entries.items.length, total: sheet.entries.total })
      : t('handover.section.entries', { n: sheet.entries.total });
  return (
    <Section title={title} testId="ho-entries">
      <SheetTable
        rowKey="id"
        pagination={
          rows.length > ENTRY_PAGE ? { pageSize: ENTRY_PAGE, size: 'small', showSizeChanger: false } : false
        }
        rows={rows}
        empty={t('handover.none.entries')}
        columns={[
          { title: t('handover.col.no'), dataIndex: 'no', width: 60, className: 'dr-tabular' },
          { title: t('handover.col.time'), key: 'a', width: 150, render: (_, e) => toLocalText(e.at, tz) },
          {
            title: t('handover.col.kind'),
            key: 'k',
            width: 130,
            render: (_, e) =>
              e.stage ? `${t(`kind.${e.kind}`)}·${t(`stage.${e.stage}`)}` : t(`kind.${e.kind}`),
          },
          {
            title: t('handover.col.content'),
            key: 'c',
            render: (_, e) => entryContent(t, e),
          },
          {
            title: t('handover.col.incident'),
            dataIndex: 'incidentNumber',
            width: 110,
            className: 'dr-tabular',
          },
          { title: t('handover.col.author'), dataIndex: 'authorName', width: 90 },
        ]}
      />
    </Section>
  );
}

/** What reached the log after the previous sheet was frozen, dated before this shift: carried here. */
export function CarriedSection({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation();
  const carried = sheet.carried;
  if (!carried) return null;
  const tz = sheet.timeZone;
  return (
    <Section
      title={t('handover.section.carried', { n: carried.total, shift: carried.fromShift })}
      testId="ho-carried"
    >
      <p className="dr-muted">{t('handover.carriedHelp', { at: toLocalText(carried.frozenAt, tz) })}</p>
      <SheetTable
        rowKey="id"
        rows={carried.items}
        empty=""
        columns={[
          { title: t('handover.col.time'), key: 'a', width: 150, render: (_, e) => toLocalText(e.at, tz) },
          {
            title: t('handover.col.kind'),
            key: 'k',
            width: 130,
            render: (_, e) =>
              e.stage ? `${t(`kind.${e.kind}`)}·${t(`stage.${e.stage}`)}` : t(`kind.${e.kind}`),
          },
          { title: t('handover.col.content'), key: 'c', render: (_, e) => entryContent(t, e) },
          {
            title: t('handover.col.incident'),
            dataIndex: 'incidentNumber',
            width: 110,
            className: 'dr-tabular',
          },
          { title: t('handover.col.author'), dataIndex: 'authorName', width: 90 },
        ]}
      />
    </Section>
  );
}
