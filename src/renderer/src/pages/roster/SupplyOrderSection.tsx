import { useTranslation } from 'react-i18next';
import type { HandoverView } from '../../../../common/contract/handover';
import { Countdown } from '../../components/Countdown';
import { toLocalText } from '../../components/localTime';
import { Section, SheetTable } from './SheetParts';

type Sheet = HandoverView['sheet'];

/** 调拨 orders approved orally whose written order is still owed: the next shift inherits the 48-hour countdown. */
export function SupplyOrderSection({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation();
  const rows = sheet.supplyOrders ?? [];
  return (
    <Section title={t('handover.section.supplyOrders', { n: rows.length })} testId="ho-supply-orders">
      <SheetTable
        rowKey="id"
        rows={rows}
        empty={t('handover.none.supplyOrders')}
        columns={[
          { title: t('handover.col.number'), dataIndex: 'number', width: 120, className: 'dr-tabular' },
          {
            title: t('handover.col.supplyOrder'),
            key: 'o',
            render: (_, r) =>
              t('handover.supplyOrderLine', {
                incident: r.incidentTitle,
                unit: r.receivingUnit,
                approver: r.approver,
              }),
          },
          {
            title: t('handover.col.approvedAt'),
            key: 'a',
            width: 160,
            render: (_, r) => toLocalText(r.approvedAt, sheet.timeZone),
          },
          {
            title: t('handover.col.writtenDue'),
            key: 'd',
            width: 200,
            render: (_, r) => <Countdown dueAt={r.writtenDueAt} />,
          },
        ]}
      />
    </Section>
  );
}
