import { useMemo, useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { LogFilter, LogItem } from '../../../../common/contract/logs';
import { CATEGORIES, ENTRY_KINDS, INCIDENT_STATUSES, type Grade } from '../../../../common/domain/incidents';
import { shiftContaining } from '../../../../common/shifts';
import { zonedToInstant } from '../../../../common/time/zone';
import { apiClient } from '../../api/client';
import { errorText } from '../../api/errors';
import { useApiQuery } from '../../api/hooks';
import { Countdown } from '../../components/Countdown';
import { useRecordFocus } from '../../components/recordFocus';
import { downloadBase64 } from '../../components/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DrillMarker } from '../../components/DrillMarker';
import { GradeTag } from '../../components/GradeTag';
import { toLocalText, toShortText } from '../../components/localTime';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { KIND_COLORS, entrySummary } from './entryText';
import { useOpenIncidentMap, useOverdueIds } from './hooks';
import { gradeOptions, keyboardSearch } from '../../forms/optionMatch';
import { hrefOf } from '../../router/hash';

const PAGE = 50;

interface Filters {
  range: [string, string] | null;
  /** An instant inside the shift shown, when 本班 is on. */
  shiftAt: string | null;
  kinds: string[];
  category: string | null;
  grade: string[];
  status: string[];
  townCode: string | null;
  authorId: string | null;
}

const NO_FILTERS: Filters = {
  range: null,
  shiftAt: null,
  kinds: [],
  category: null,
  grade: [],
  status: [],
  townCode: null,
  authorId: null,
};

function toLogFilter(f: Filters, tz: string): LogFilter {
  const day = (ymd: string, plus = 0) => {
    const [y, m, d] = ymd.split('-').map(Number);
    return zonedToInstant(tz, y!, m!, d! + plus).toISOString();
  };
  return {
    ...(f.shiftAt ? { shiftAt: f.shiftAt } : {}),
    ...(f.range && !f.shiftAt ? { from: day(f.range[0]), to: day(f.range[1], 1) } : {}),
    ...(f.kinds.length ? { kinds: f.kinds as LogFilter['kinds'] } : {}),
    ...(f.category ? { category: f.category as LogFilter['category'] } : {}),
    ...(f.grade.length ? { grade: f.grade as LogFilter['grade'] } : {}),
    ...(f.status.length ? { status: f.status as LogFilter['status'] } : {}),
    ...(f.townCode ? { townCode: f.townCode } : {}),
    ...(f.authorId ? { authorId: f.authorId } : {}),
  };
}

const isDay = (s: string | null): s is string => s !== null && /^\d{4}-\d{2}-\d{2}$/.test(s);

/**
 * 值班日志: every entry, newest first, filtered, paged by cursor, exported. An address
 * may open it on one kind and day (`?kind=spot_check&on=2026-12-01`) at one entry
 * (`&focus=<id>`, marked and scrolled to): 统计's 查岗 records lead there.
 */
export function LogList({ kind = null, on = null }: { kind?: string | null; on?: string | null } = {}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tz = useRoomTimeZone();
  const [f, setF] = useState<Filters>(() => ({
    ...NO_FILTERS,
    kinds: kind && (ENTRY_KINDS as readonly string[]).includes(kind) ? [kind] : [],
    range: isDay(on) ? [on, on] : null,
  }));
  const settings = useApiQuery('settings.get', {});
  const towns = useApiQuery('geo.towns', {}, { staleTime: 10 * 60_000 });
  const operators = useApiQuery('operators.list', { includeInactive: true });
  const openMap = useOpenIncidentMap();
  const overdue = useOverdueIds(openMap.values());
  // The log lists drill traffic too, each entry marked 演练; its export is real work only.
  const filter = useMemo((): LogFilter => ({ ...toLogFilter(f, tz), traffic: 'all' }), [f, tz]);
  const [exporting, setExporting] = useState<'csv' | 'xlsx' | null>(null);

  const list = useInfiniteQuery({
    // Under 'logs' so that `logs.changed` refreshes it like every other log query.
    queryKey: ['logs', 'logs.list', 'pages', filter],
    queryFn: ({ pageParam }) =>
      apiClient().call('logs.list', { filter, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const focus = useRecordFocus(list.data ? items.map((x) => x.id) : undefined);

  const shift =
    f.shiftAt && settings.data
      ? shiftContaining(new Date(f.shiftAt), tz, settings.data.shiftChangeTime)
      : null;

  const doExport = async (format: 'csv' | 'xlsx') => {
    setExporting(format);
    try {
      const file = await apiClient().call('logs.export', { filter: { ...filter, traffic: 'real' }, format });
      downloadBase64(file.fileName, file.mime, file.base64);
      void message.success(t('logs.export.done', { name: file.fileName, rows: file.rows }));
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setExporting(null);
    }
  };

  // The columns are made once per language, zone and open-incident map: a countdown's tick
  // or a row's focus does not hand the table new columns (and every cell a new render).
  // The time's full text is a native title, not a Tooltip per row (ui.nav: 50 of them
  // were a good part of the log's switch).
  const columns = useMemo(
    (): TableColumnsType<LogItem> => [
      {
        key: 'time',
        title: t('logs.list.time'),
        width: 130,
        render: (_, r) => (
          <div className="dr-tabular">
            <span
              title={t('logs.list.timeHint', {
                occurred: toLocalText(r.occurredAt, tz),
                entered: toLocalText(r.enteredAt, tz),
              })}
            >
              {toShortText(r.occurredAt, tz)}
            </span>
            {Math.abs(new Date(r.enteredAt).getTime() - new Date(r.occurredAt).getTime()) > 120_000 ? (
              <div className="dr-cell-sub">
                {t('logs.list.entered', { at: toShortText(r.enteredAt, tz) })}
              </div>
            ) : null}
          </div>
        ),
      },
      {
        key: 'kind',
        title: t('logs.list.kind'),
        width: 112,
        render: (_, r) => (
          <Tag color={KIND_COLORS[r.kind] ?? 'default'} className="dr-kind-tag">
            {t(`kind.${r.kind}`)}
          </Tag>
        ),
      },
      {
        key: 'incident',
        title: t('logs.list.incident'),
        width: 340,
        render: (_, r) =>
          r.incidentId ? (
            <a href={hrefOf('logs', ['incident', r.incidentId])} className="dr-inc-link">
              <DrillMarker number={r.drillNumber} />
              {r.incidentGrade ? <GradeTag grade={r.incidentGrade as Grade} short /> : null}
              <span className="dr-mono">{r.incidentNumber}</span>
              <span className="dr-inc-title">{r.incidentTitle}</span>
            </a>
          ) : (
            <span className="dr-muted">{t('logs.list.noIncident')}</span>
          ),
      },
      {
        key: 'summary',
        title: t('logs.list.summary'),
        render: (_, r) => (
          <span className="dr-summary" title={entrySummary(r, t)}>
            {entrySummary(r, t)}
            {r.corrections.length > 0 ? (
              <Tag
                icon={<EditOutlined />}
                color="orange"
                className="dr-corrected-tag"
                data-testid="corrected-mark"
              >
                {t('logs.list.corrected')}
              </Tag>
            ) : null}
          </span>
        ),
      },
      { key: 'author', title: t('logs.list.author'), width: 96, render: (_, r) => r.authorName },
      {
        key: 'due',
        title: t('logs.list.due'),
        width: 170,
        render: (_, r) => {
          const inc = r.incidentId ? openMap.get(r.incidentId) : undefined;
          return inc?.nextDue ? <Countdown dueAt={inc.nextDue.dueAt} kind={inc.nextDue.kind} /> : null;
        },
      },
    ],
    [t, tz, openMap],
  );

  const set = (patch: Partial<Filters>) => setF((prev) => ({ ...prev, ...patch }));

  return (
    <div className="dr-log-list">
      <Card size="small" className="dr-filter-bar">
        <div className="dr-filter-row">
          <Space wrap size={[12, 8]} className="dr-filter-fields">
            <span className="dr-inline-switch">
              <Switch
                size="small"
                checked={f.shiftAt !== null}
                onChange={(on) => set({ shiftAt: on ? new Date().toISOString() : null })}
                aria-label={t('logs.filter.shift')}
                data-testid="filter-shift"
              />
              {t('logs.filter.shift')}
            </span>
            {shift ? (
              <span className="dr-muted dr-tabular" data-testid="shift-range">
                {t('logs.filter.shiftRange', {
                  from: toShortText(shift.start, tz),
                  to: toShortText(shift.end, tz),
                })}
              </span>
            ) : (
              <DatePicker.RangePicker
                aria-label={t('logs.filter.range')}
                allowEmpty={[true, true]}
                value={f.range ? [dayjs(f.range[0]), dayjs(f.range[1])] : null}
                onChange={(v) => {
                  const [a, b] = (v ?? [null, null]) as [Dayjs | null, Dayjs | null];
                  const ymd = (d: Dayjs) => d.format('YYYY-MM-DD');
                  set({ range: a || b ? [ymd(a ?? b!), ymd(b ?? a!)] : null });
                }}
              />
            )}
            <Select
              mode="multiple"
              allowClear
              className="dr-filter-kinds"
              placeholder={t('logs.filter.kind')}
              aria-label={t('logs.filter.kind')}
              value={f.kinds}
              onChange={(kinds: string[]) => set({ kinds })}
              options={ENTRY_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
              maxTagCount="responsive"
              showSearch={keyboardSearch}
            />
            <Select
              allowClear
              className="dr-filter-md"
              placeholder={t('logs.filter.category')}
              aria-label={t('logs.filter.category')}
              value={f.category}
              onChange={(category: string | undefined) => set({ category: category ?? null })}
              options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
              showSearch={keyboardSearch}
            />
            <Select
              mode="multiple"
              allowClear
              className="dr-filter-md"
              placeholder={t('logs.filter.grade')}
              aria-label={t('logs.filter.grade')}
              value={f.grade}
              onChange={(grade: string[]) => set({ grade })}
              options={gradeOptions((g) => t(`gradeShort.${g}`))}
              maxTagCount="responsive"
              showSearch={keyboardSearch}
            />
            <Select
              mode="multiple"
              allowClear
              className="dr-filter-md"
              placeholder={t('logs.filter.status')}
              aria-label={t('logs.filter.status')}
              value={f.status}
              onChange={(status: string[]) => set({ status })}
              options={INCIDENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              maxTagCount="responsive"
              showSearch={keyboardSearch}
            />
            <Select
              allowClear
              className="dr-filter-md"
              placeholder={t('logs.filter.town')}
              aria-label={t('logs.filter.town')}
              value={f.townCode}
              onChange={(townCode: string | undefined) => set({ townCode: townCode ?? null })}
              options={(towns.data ?? []).map((x) => ({ value: x.code, label: x.name }))}
              showSearch={keyboardSearch}
            />
            <Select
              allowClear
              className="dr-filter-md"
              placeholder={t('logs.filter.author')}
              aria-label={t('logs.filter.author')}
              value={f.authorId}
              onChange={(authorId: string | undefined) => set({ authorId: authorId ?? null })}
              options={(operators.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              showSearch={keyboardSearch}
            />
            <Button onClick={() => setF(NO_FILTERS)}>{t('logs.filter.reset')}</Button>
          </Space>
          <Space size={8} className="dr-filter-export">
            <Button
              icon={<DownloadOutlined />}
              loading={exporting === 'csv'}
              onClick={() => void doExport('csv')}
              data-testid="export-csv"
            >
              {t('logs.export.csv')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting === 'xlsx'}
              onClick={() => void doExport('xlsx')}
              data-testid="export-xlsx"
            >
              {t('logs.export.xlsx')}
            </Button>
          </Space>
        </div>
      </Card>
      <ErrorAlert error={list.error} />
      <Table<LogItem>
        className="dr-log-table"
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: <Empty description={t('logs.list.empty')} /> }}
        rowClassName={(r) =>
          focus.rowClass(r.id) || (r.incidentId && overdue.has(r.incidentId) ? 'dr-row-overdue' : '')
        }
        columns={columns}
      />
      <div className="dr-load-more">
        {list.hasNextPage ? (
          <Button
            onClick={() => void list.fetchNextPage()}
            loading={list.isFetchingNextPage}
            data-testid="load-more"
          >
            {t('logs.list.more')}
          </Button>
        ) : items.length > 0 ? (
          <span className="dr-muted">{t('logs.list.end', { n: items.length })}</span>
        ) : null}
      </div>
    </div>
  );
}
