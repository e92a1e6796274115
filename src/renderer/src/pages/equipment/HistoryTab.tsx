import { useState } from 'react';
import { Button, Card, DatePicker, Select, Space, Switch, Table, Tag } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CheckView } from '../../../../common/contract/equipment';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRecordFocus } from '../../components/recordFocus';
import { hrefOf, navigate, useHashRoute } from '../../router/hash';
import { useFormatDateTime } from '../../time/useRoomTime';
import { DrillMarker } from '../../components/DrillMarker';
import { requirementOfResult, valueText } from './format';

/**
 * Check records (检查记录), newest first. Each reads exactly as it was checked: the
 * labels and bounds shown are the ones stored with the check, not today's template.
 */
export function HistoryTab() {
  const { t } = useTranslation();
  const fmt = useFormatDateTime();
  const [equipmentId, setEquipmentId] = useState<string | undefined>();
  const [failedOnly, setFailedOnly] = useState(false);
  // `?on=<YYYY-MM-DD>` (统计's checks lead here) opens on that day; else the last 30 days.
  const on = useHashRoute().query.get('on');
  const [range, setRange] = useState<[dayjs.Dayjs, dayjs.Dayjs]>(() =>
    on && /^\d{4}-\d{2}-\d{2}$/.test(on)
      ? [dayjs(on).startOf('day'), dayjs(on).endOf('day')]
      : [dayjs().subtract(30, 'day').startOf('day'), dayjs().endOf('day')],
  );
  const equipment = useApiQuery('equipment.list', { includeRetired: true });
  const history = useApiQuery('checks.history', {
    ...(equipmentId ? { equipmentId } : {}),
    from: range[0].toISOString(),
    to: range[1].toISOString(),
    failedOnly,
    limit: 1000,
  });
  const focus = useRecordFocus(
    history.data?.items.map((c) => c.id),
    50,
  );

  return (
    <Card
      title={t('equipment.history.title')}
      extra={
        <Space wrap>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('equipment.history.allEquipment')}
            value={equipmentId}
            onChange={setEquipmentId}
            className="dr-eq-equipment-filter"
            aria-label={t('equipment.col.name')}
            options={(equipment.data ?? []).map((e) => ({ value: e.id, label: e.name }))}
          />
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0].startOf('day'), v[1].endOf('day')])}
          />
          <span className="dr-inline-switch">
            <Switch
              size="small"
              checked={failedOnly}
              onChange={setFailedOnly}
              aria-label={t('equipment.history.failedOnly')}
            />
            {t('equipment.history.failedOnly')}
          </span>
          <Button
            icon={<PrinterOutlined />}
            onClick={() =>
              navigate(
                hrefOf('print/equipment', [], {
                  from: range[0].format('YYYY-MM-DD'),
                  to: range[1].format('YYYY-MM-DD'),
                }),
              )
            }
          >
            {t('equipment.history.print')}
          </Button>
        </Space>
      }
    >
      <ErrorAlert error={history.error} />
      <Table<CheckView>
        rowKey="id"
        size="small"
        loading={history.isPending}
        dataSource={history.data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false, ...focus.paging }}
        data-testid="history-table"
        rowClassName={(c) => focus.rowClass(c.id) || (c.passed ? '' : 'dr-eq-row-overdue')}
        columns={[
          {
            title: t('equipment.col.checkedAt'),
            width: 150,
            render: (_v, c) => <span className="dr-tabular">{fmt(c.checkedAt)}</span>,
          },
          {
            title: t('equipment.col.name'),
            width: 200,
            render: (_v, c) => (
              <span>
                <span className="dr-strong">{c.equipmentName}</span>
                <DrillMarker number={c.drill?.number} className="dr-eq-drill" />
              </span>
            ),
          },
          {
            title: t('equipment.col.results'),
            render: (_v, c) => (
              <span className="dr-eq-results">
                {c.results.map((r) => (
                  <span key={r.key} className={r.ok ? 'dr-eq-result' : 'dr-eq-result dr-eq-result-fail'}>
                    {r.label}
                    {t('equipment.colon')}
                    {valueText(t, r.value, r.unit)}
                    {requirementOfResult(t, r) ? (
                      <span className="dr-muted">
                        {t('equipment.paren', { text: requirementOfResult(t, r) })}
                      </span>
                    ) : null}
                  </span>
                ))}
                {c.notes ? <span className="dr-muted">{c.notes}</span> : null}
              </span>
            ),
          },
          {
            title: t('equipment.col.result'),
            width: 90,
            render: (_v, c) => (
              <Tag color={c.passed ? 'green' : 'red'} bordered={false}>
                {t(c.passed ? 'checkResult.pass' : 'checkResult.fail')}
              </Tag>
            ),
          },
          { title: t('equipment.col.checker'), width: 100, dataIndex: 'checkerName' },
          {
            title: t('equipment.col.version'),
            width: 80,
            render: (_v, c) => t('equipment.versionN', { n: c.templateVersion }),
          },
        ]}
      />
    </Card>
  );
}
