import { useMemo, useState } from 'react';
import { Button, Card, DatePicker, Select, Space, Switch, Table, Tag } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CheckView } from '../../../../common/contract/equipment';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FOCUS_PARAM, missedCheckFocus, useRecordFocus } from '../../components/recordFocus';
import { hrefOf, navigate, useHashRoute } from '../../router/hash';
import { useFormatDateTime } from '../../time/useRoomTime';
import { DrillMarker } from '../../components/DrillMarker';
import { requirementOfResult, valueText } from './format';

/** A check owed and not made, shown among the checks as a line of its own (统计's 漏检 lead here). */
interface MissedRow {
  id: string;
  missed: true;
  equipmentName: string;
  retired: boolean;
  from: string;
  to: string;
}
type Row = CheckView | MissedRow;
const isMissed = (r: Row): r is MissedRow => 'missed' in r;
const instant = (s: string | null) => (s && !Number.isNaN(Date.parse(s)) ? s : null);

/**
 * Check records (检查记录), newest first. Each reads exactly as it was checked: the
 * labels and bounds shown are the ones stored with the check, not today's template.
 */
export function HistoryTab() {
  const { t } = useTranslation();
  const fmt = useFormatDateTime();
  const [failedOnly, setFailedOnly] = useState(false);
  const query = useHashRoute().query;
  // `?on=<YYYY-MM-DD>` (统计's checks lead here) opens on that day; `?equipment=<id>&from=&to=`
  // (a missed check: the period it was owed in, instants) on that item over those days;
  // else the last 30 days.
  const on = query.get('on');
  const from = instant(query.get('from'));
  const to = instant(query.get('to'));
  const [equipmentId, setEquipmentId] = useState<string | undefined>(query.get('equipment') ?? undefined);
  const [range, setRange] = useState<[dayjs.Dayjs, dayjs.Dayjs]>(() =>
    from && to
      ? [dayjs(from).startOf('day'), dayjs(Date.parse(to) - 1).endOf('day')]
      : on && /^\d{4}-\d{2}-\d{2}$/.test(on)
        ? [dayjs(on).startOf('day'), dayjs(on).endOf('day')]
        : [dayjs().subtract(30, 'day').startOf('day'), dayjs().endOf('day')],
  );
  // Retired items stay in the filter, said so: their checks (and the ones they missed) are history.
  const equipment = useApiQuery('equipment.list', { includeRetired: true });
  const history = useApiQuery('checks.history', {
    ...(equipmentId ? { equipmentId } : {}),
    from: range[0].toISOString(),
    to: range[1].toISOString(),
    failedOnly,
    limit: 1000,
  });
  // The missed check named by the address: its period a line among the checks, unless a check
  // made in it has been recorded since.
  const missedItem = equipment.data?.find((e) => e.id === query.get('equipment'));
  const rows = useMemo<Row[] | undefined>(() => {
    const items = history.data?.items;
    if (!items || !missedItem || !from || !to) return items;
    if (query.get(FOCUS_PARAM) !== missedCheckFocus(missedItem.id)) return items;
    const kept = (c: CheckView) => c.equipmentId === missedItem.id && c.checkedAt >= from && c.checkedAt < to;
    if (items.some(kept)) return items;
    const row: MissedRow = {
      id: missedCheckFocus(missedItem.id),
      missed: true,
      equipmentName: missedItem.name,
      retired: missedItem.status === 'retired',
      from,
      to,
    };
    const at = items.findIndex((c) => c.checkedAt < to);
    return at < 0 ? [...items, row] : [...items.slice(0, at), row, ...items.slice(at)];
  }, [history.data, missedItem, from, to, query]);
  const focus = useRecordFocus(
    rows?.map((c) => c.id),
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
            options={(equipment.data ?? []).map((e) => ({
              value: e.id,
              label: e.status === 'retired' ? t('equipment.history.retiredItem', { name: e.name }) : e.name,
            }))}
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
      <Table<Row>
        rowKey="id"
        size="small"
        loading={history.isPending}
        dataSource={rows ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false, ...focus.paging }}
        data-testid="history-table"
        rowClassName={(c) => focus.rowClass(c.id) || (isMissed(c) || !c.passed ? 'dr-eq-row-overdue' : '')}
        columns={[
          {
            title: t('equipment.col.checkedAt'),
            width: 150,
            render: (_v, c) =>
              isMissed(c) ? (
                <span className="dr-tabular">
                  {t('equipment.history.owed', { from: fmt(c.from), to: fmt(c.to) })}
                </span>
              ) : (
                <span className="dr-tabular">{fmt(c.checkedAt)}</span>
              ),
          },
          {
            title: t('equipment.col.name'),
            width: 200,
            render: (_v, c) => (
              <span>
                <span className="dr-strong">{c.equipmentName}</span>
                {isMissed(c) ? (
                  c.retired ? (
                    <Tag bordered={false} className="dr-eq-drill" data-testid="history-retired">
                      {t('equipment.history.retired')}
                    </Tag>
                  ) : null
                ) : (
                  <DrillMarker number={c.drill?.number} className="dr-eq-drill" />
                )}
              </span>
            ),
          },
          {
            title: t('equipment.col.results'),
            render: (_v, c) =>
              isMissed(c) ? (
                <span>
                  {t('equipment.history.missedText')}{' '}
                  <a
                    href={hrefOf('equipment', ['register'], {
                      [FOCUS_PARAM]: query.get('equipment') ?? undefined,
                    })}
                    data-testid="history-missed-item"
                  >
                    {t('equipment.history.openItem')}
                  </a>
                </span>
              ) : (
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
            render: (_v, c) =>
              isMissed(c) ? (
                <Tag color="red" bordered={false}>
                  {t('equipment.history.missed')}
                </Tag>
              ) : (
                <Tag color={c.passed ? 'green' : 'red'} bordered={false}>
                  {t(c.passed ? 'checkResult.pass' : 'checkResult.fail')}
                </Tag>
              ),
          },
          {
            title: t('equipment.col.checker'),
            width: 100,
            render: (_v, c) => (isMissed(c) ? null : c.checkerName),
          },
          {
            title: t('equipment.col.version'),
            width: 80,
            render: (_v, c) => (isMissed(c) ? null : t('equipment.versionN', { n: c.templateVersion })),
          },
        ]}
      />
    </Card>
  );
}
