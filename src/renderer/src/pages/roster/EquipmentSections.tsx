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
    <Section title={t('ho.section.equipment')} testId="ho-equipment">
      <p>
        {t('ho.equipmentSummary', {
          total: sheet.equipment.total,
          due: sheet.equipment.due,
          overdue: sheet.equipment.overdue.length,
          checks: sheet.equipment.checksTotal,
          faults: sheet.equipment.faults.length,
        })}
        {sheet.equipment.overdue.length
          ? t('ho.overdueList', {
              names: namesText(
                t,
                sheet.equipment.overdue.map((o) => o.name),
              ),
            })
          : ''}
      </p>
      <h4 className="dr-ho-sub">{t('ho.section.checks', { n: sheet.equipment.checksTotal })}</h4>
      <SheetTable
        rowKey="id"
        pagination={sheet.equipment.checks.length > 10 ? { pageSize: 10, size: 'small' } : false}
        rows={sheet.equipment.checks}
        empty={t('ho.none.checks')}
        columns={[
          { title: t('ho.col.time'), key: 'a', width: 150, render: (_, c) => at(c.checkedAt) },
          { title: t('ho.col.equipment'), dataIndex: 'equipmentName' },
          {
            title: t('ho.col.result'),
            key: 'r',
            width: 90,
            render: (_, c) =>
              c.passed ? (
                <Tag color="green">{t('checkResult.pass')}</Tag>
              ) : (
                <Tag color="red">{t('checkResult.fail')}</Tag>
              ),
          },
          { title: t('ho.col.checker'), dataIndex: 'checkerName', width: 100 },
        ]}
      />
      <h4 className="dr-ho-sub">{t('ho.section.faults', { n: sheet.equipment.faults.length })}</h4>
      <SheetTable
        rowKey="id"
        rows={sheet.equipment.faults}
        empty={t('ho.none.faults')}
        rowClassName={(f) => (f.overdue ? 'dr-ho-late' : '')}
        columns={[
          { title: t('ho.col.number'), dataIndex: 'number', width: 120, className: 'dr-tabular' },
          {
            title: t('ho.col.fault'),
            key: 'd',
            render: (_, f) => t('ro.labelValue', { label: f.equipmentName, value: f.description }),
          },
          {
            title: t('ho.col.deadline'),
            key: 'dl',
            width: 200,
            render: (_, f) => (
              <>
                {at(f.deadlineAt)}
                {f.overdue ? (
                  <Tag color="red" className="dr-ho-tag">
                    {t('ho.overdue')}
                  </Tag>
                ) : null}
              </>
            ),
          },
          {
            title: t('ho.col.status'),
            key: 's',
            width: 110,
            render: (_, f) => t(`faultStatus.${f.status}`),
          },
          {
            title: t('ho.col.explanation'),
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
    <Section title={t('ho.section.items', { n: sheet.items.length })} testId="ho-items">
      <SheetTable
        rowKey="key"
        rows={sheet.items}
        empty={t('ho.none.items')}
        columns={[
          {
            title: t('ho.col.receivedItem'),
            key: 'r',
            width: 110,
            render: (_, i) => {
              const r = receipt.get(i.equipmentId);
              return (
                <span data-testid={`receipt-${i.equipmentId}`}>
                  {r ? (
                    <Tag color={r.received ? 'green' : 'red'}>
                      {r.received ? t('ho.receivedYes') : t('ho.receivedNo')}
                    </Tag>
                  ) : (
                    <span className="dr-muted">{t('ho.receiptPending')}</span>
                  )}
                </span>
              );
            },
          },
          {
            title: t('ho.col.item'),
            key: 'n',
            render: (_, i) => (
              <>
                {i.name} <span className="dr-muted">{i.serial}</span>
              </>
            ),
          },
          { title: t('ho.col.location'), dataIndex: 'location', width: 140 },
          {
            title: t('ho.col.status'),
            key: 's',
            width: 90,
            render: (_, i) => t(`equipmentStatus.${i.status}`),
          },
          {
            title: t('ho.col.explanation'),
            key: 'e',
            width: 300,
            render: (_, i) => receipt.get(i.equipmentId)?.note ?? '',
          },
        ]}
      />
    </Section>
  );
}
