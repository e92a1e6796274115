import type { ReactNode } from 'react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HandoverView } from '../../../../common/contract/handover';
import { toLocalText } from '../../components/localTime';
import { namesText } from './format';
import { Section, SheetTable } from './SheetParts';
import { receiptOf } from './sheetText';

type Sheet = HandoverView['sheet'];

/** 通讯设备: the register's state, the shift's checks, open faults (an overdue one explained). */
export function EquipmentSection({ sheet, explain }: { sheet: Sheet; explain: (key: string) => ReactNode }) {
  const { t } = useTranslation();
  const at = (iso: string | null | undefined) => toLocalText(iso, sheet.timeZone);
  return (
    <Section title={t('handover.section.equipment')} testId="ho-equipment">
      <p>
        {t('handover.equipmentSummary', {
          total: sheet.equipment.total,
          due: sheet.equipment.due,
          overdue: sheet.equipment.overdue.length,
          checks: sheet.equipment.checksTotal,
          faults: sheet.equipment.faults.length,
        })}
        {sheet.equipment.overdue.length
          ? t('handover.overdueList', {
              names: namesText(
                t,
                sheet.equipment.overdue.map((o) => o.name),
              ),
            })
          : ''}
      </p>
      <h4 className="dr-ho-sub">{t('handover.section.checks', { n: sheet.equipment.checksTotal })}</h4>
      <SheetTable
        rowKey="id"
        pagination={sheet.equipment.checks.length > 10 ? { pageSize: 10, size: 'small' } : false}
        rows={sheet.equipment.checks}
        empty={t('handover.none.checks')}
        columns={[
          { title: t('handover.col.time'), key: 'a', width: 150, render: (_, c) => at(c.checkedAt) },
          { title: t('handover.col.equipment'), dataIndex: 'equipmentName' },
          {
            title: t('handover.col.result'),
            key: 'r',
            width: 90,
            render: (_, c) =>
              c.passed ? (
                <Tag color="green">{t('checkResult.pass')}</Tag>
              ) : (
                <Tag color="red">{t('checkResult.fail')}</Tag>
              ),
          },
          { title: t('handover.col.checker'), dataIndex: 'checkerName', width: 100 },
        ]}
      />
      <h4 className="dr-ho-sub">{t('handover.section.faults', { n: sheet.equipment.faults.length })}</h4>
      <SheetTable
        rowKey="id"
        rows={sheet.equipment.faults}
        empty={t('handover.none.faults')}
        rowClassName={(f) => (f.overdue ? 'dr-ho-late' : '')}
        columns={[
          { title: t('handover.col.number'), dataIndex: 'number', width: 120, className: 'dr-tabular' },
          {
            title: t('handover.col.fault'),
            key: 'd',
            render: (_, f) => t('roster.labelValue', { label: f.equipmentName, value: f.description }),
          },
          {
            title: t('handover.col.deadline'),
            key: 'dl',
            width: 200,
            render: (_, f) => (
              <>
                {at(f.deadlineAt)}
                {f.overdue ? (
                  <Tag color="red" className="dr-ho-tag">
                    {t('handover.overdue')}
                  </Tag>
                ) : null}
              </>
            ),
          },
          {
            title: t('handover.col.status'),
            key: 's',
            width: 110,
            render: (_, f) => t(`faultStatus.${f.status}`),
          },
          {
            title: t('handover.col.explanation'),
            key: 'e',
            width: 280,
            render: (_, f) => (f.overdue ? explain(f.key) : null),
          },
        ]}
      />
    </Section>
  );
}

/** 交接物品: receipted by the incoming chief when signing (see SignPanel); shown here as given. */
export function ItemsSection({ sheet, record }: { sheet: Sheet; record: HandoverView['record'] }) {
  const { t } = useTranslation();
  const receipt = receiptOf(sheet, record);
  return (
    <Section title={t('handover.section.items', { n: sheet.items.length })} testId="ho-items">
      <SheetTable
        rowKey="key"
        rows={sheet.items}
        empty={t('handover.none.items')}
        columns={[
          {
            title: t('handover.col.receivedItem'),
            key: 'r',
            width: 110,
            render: (_, i) => {
              const r = receipt.get(i.equipmentId);
              return (
                <span data-testid={`receipt-${i.equipmentId}`}>
                  {r ? (
                    <Tag color={r.received ? 'green' : 'red'}>
                      {r.received ? t('handover.receivedYes') : t('handover.receivedNo')}
                    </Tag>
                  ) : (
                    <span className="dr-muted">{t('handover.receiptPending')}</span>
                  )}
                </span>
              );
            },
          },
          {
            title: t('handover.col.item'),
            key: 'n',
            render: (_, i) => (
              <>
                {i.name} <span className="dr-muted">{i.serial}</span>
              </>
            ),
          },
          { title: t('handover.col.location'), dataIndex: 'location', width: 140 },
          {
            title: t('handover.col.status'),
            key: 's',
            width: 90,
            render: (_, i) => t(`equipmentStatus.${i.status}`),
          },
          {
            title: t('handover.col.explanation'),
            key: 'e',
            width: 300,
            render: (_, i) => receipt.get(i.equipmentId)?.note ?? '',
          },
        ]}
      />
    </Section>
  );
}
