import { useTranslation } from 'react-i18next';
import type { HandoverView } from '../../../../common/contract/handover';
import { Section, SheetTable } from './SheetParts';

type Sheet = HandoverView['sheet'];

/** 逾期整改: drill findings past their due date and not closed, carried as unfinished items until they are. */
export function RectificationSection({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation();
  const rows = sheet.rectifications ?? [];
  return (
    <Section title={t('handover.section.rectifications', { n: rows.length })} testId="ho-rectifications">
      <SheetTable
        rowKey="id"
        rows={rows}
        empty={t('handover.none.rectifications')}
        rowClassName={() => 'dr-ho-late'}
        columns={[
          { title: t('handover.col.number'), dataIndex: 'number', width: 120, className: 'dr-tabular' },
          {
            title: t('handover.col.rectification'),
            key: 'f',
            render: (_, r) => t('roster.labelValue', { label: r.drillTitle, value: r.finding }),
          },
          { title: t('handover.col.ownerUnit'), dataIndex: 'ownerUnit', width: 180 },
          { title: t('handover.col.dueDate'), dataIndex: 'dueDate', width: 120, className: 'dr-tabular' },
        ]}
      />
    </Section>
  );
}
