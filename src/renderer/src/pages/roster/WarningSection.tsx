import { useTranslation } from 'react-i18next';
import type { HandoverView } from '../../../../common/contract/handover';
import { useFormatDateTime } from '../../time/useRoomTime';
import { Section, SheetTable } from './SheetParts';

type Sheet = HandoverView['sheet'];
type Row = NonNullable<Sheet['warnings']>[number];

/** 预警叫应: warnings in force, their 回执 count, who still owes one (late ones red) and whom it climbed to. */
export function WarningSection({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation();
  const fmt = useFormatDateTime();
  const rows = sheet.warnings ?? [];
  return (
    <Section title={t('warnings.handover.section', { n: rows.length })} testId="ho-warnings">
      <SheetTable<Row>
        rowKey="id"
        rows={rows}
        empty={t('warnings.handover.none')}
        rowClassName={(w) => (w.waiting.some((x) => x.late) ? 'dr-ho-late' : '')}
        columns={[
          {
            title: t('warnings.col.warning'),
            key: 'w',
            render: (_, w) =>
              t('warnings.handover.line', {
                colour: t(`warningColour.${w.level}`),
                headline: w.headline,
                towns: w.towns.join(t('list.comma')),
              }),
          },
          {
            title: t('warnings.col.acks'),
            key: 'acks',
            width: 90,
            className: 'dr-tabular',
            render: (_, w) => t('warnings.acks', { done: w.acked, all: w.sent }),
          },
          {
            title: t('warnings.handover.waiting'),
            key: 'waiting',
            render: (_, w) =>
              [
                ...w.waiting.map((x) =>
                  t(x.late ? 'warnings.handover.late' : 'warnings.handover.due', {
                    name: [x.unit, x.person].filter(Boolean).join(' '),
                    due: fmt(x.ackDue),
                  }),
                ),
                // The climbs up a silent town's ladder (自动升级 or by hand).
                ...(w.escalated ?? []).map((x) =>
                  t(x.auto ? 'warnings.handover.autoEscalated' : 'warnings.handover.escalated', {
                    at: fmt(x.at),
                    from: x.from,
                    to: x.to,
                  }),
                ),
              ].join(t('list.semicolon')) || '—',
          },
        ]}
      />
    </Section>
  );
}
