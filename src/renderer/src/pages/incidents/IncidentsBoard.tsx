import { useState } from 'react';
import { Card, Empty, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IncidentSummary } from '../../../../common/contract/incidents';
import { CATEGORIES, type Category, type Grade } from '../../../../common/domain/incidents';
import { useApiQuery } from '../../api/hooks';
import { Countdown } from '../../components/Countdown';
import { ErrorAlert } from '../../components/ErrorAlert';
import { GradeTag } from '../../components/GradeTag';
import { toShortText } from '../../components/localTime';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { useOpenIncidents, useOverdueIds } from '../logs/hooks';
import { CasualtyLine } from './IncidentBits';
import { gradeOptions, keyboardSearch } from '../../forms/optionMatch';
import { hrefOf } from '../../router/hash';

const CLOSED_PAGE = 20;

/** The board: open incidents by urgency with their countdowns; closed ones below, filtered. */
export function IncidentsBoard() {
  const { t } = useTranslation();
  const open = useOpenIncidents();
  const overdue = useOverdueIds(open.data?.items ?? []);
  return (
    <div className="dr-board">
      <Card
        size="small"
        title={t('logs.board.open', { n: open.data?.total ?? 0 })}
        className="dr-board-card"
        data-testid="open-incidents"
      >
        <ErrorAlert error={open.error} />
        <IncidentTable items={open.data?.items ?? []} loading={open.isPending} overdue={overdue} showDue />
      </Card>
      <ClosedIncidents />
    </div>
  );
}

export function IncidentTable({
  items,
  loading,
  overdue,
  showDue,
  pagination,
}: {
  items: IncidentSummary[];
  loading: boolean;
  overdue?: Set<string>;
  showDue?: boolean;
  pagination?: { current: number; total: number; pageSize: number; onChange: (p: number) => void };
}) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  return (
    <Table<IncidentSummary>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      className="dr-incident-table"
      rowClassName={(r) => (overdue?.has(r.id) ? 'dr-row-overdue' : '')}
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('logs.board.none')} />,
      }}
      pagination={
        pagination
          ? { ...pagination, showSizeChanger: false, onChange: (p) => pagination.onChange(p) }
          : false
      }
      columns={[
        ...(showDue
          ? [
              {
                key: 'due',
                title: t('logs.board.due'),
                width: 190,
                render: (_: unknown, r: IncidentSummary) =>
                  r.nextDue ? (
                    <Countdown dueAt={r.nextDue.dueAt} kind={r.nextDue.kind} />
                  ) : (
                    <span className="dr-muted">{t('logs.board.noDue')}</span>
                  ),
              },
            ]
          : []),
        {
          key: 'incident',
          title: t('logs.list.incident'),
          render: (_, r) => (
            <a href={hrefOf('logs', ['incident', r.id])} className="dr-inc-link" data-testid="incident-link">
              <GradeTag grade={r.grade} short />
              <span className="dr-mono">{r.number}</span>
              <span className="dr-inc-title">{r.title}</span>
            </a>
          ),
        },
        {
          key: 'status',
          title: t('logs.board.status'),
          width: 90,
          render: (_, r) => <StatusTag status={r.status} />,
        },
        {
          key: 'place',
          title: t('logs.field.town'),
          width: 110,
          render: (_, r) => r.townName ?? <span className="dr-muted">—</span>,
        },
        {
          key: 'casualties',
          title: t('logs.field.casualties'),
          width: 260,
          render: (_, r) => <CasualtyLine c={r.casualties} />,
        },
        {
          key: 'received',
          title: t('logs.field.receivedAt'),
          width: 110,
          render: (_, r) => <span className="dr-tabular">{toShortText(r.receivedAt, tz)}</span>,
        },
        {
          key: 'instr',
          title: t('logs.board.instructions'),
          width: 90,
          render: (_, r) => (r.openInstructions > 0 ? <Tag color="magenta">{r.openInstructions}</Tag> : null),
        },
      ]}
    />
  );
}

export function StatusTag({ status }: { status: IncidentSummary['status'] }) {
  const { t } = useTranslation();
  const color = { pending: 'orange', active: 'blue', closed: 'green', withdrawn: 'default' }[status];
  return (
    <Tag color={color} data-testid="status-tag">
      {t(`status.${status}`)}
    </Tag>
  );
}

function ClosedIncidents() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<('closed' | 'withdrawn')[]>(['closed', 'withdrawn']);
  const [grade, setGrade] = useState<Grade[]>([]);
  const [category, setCategory] = useState<Category | null>(null);
  const [townCode, setTownCode] = useState<string | null>(null);
  const towns = useApiQuery('geo.towns', {}, { staleTime: 10 * 60_000 });
  const closed = useApiQuery('incidents.list', {
    status: status.length ? status : ['closed', 'withdrawn'],
    ...(grade.length ? { grade } : {}),
    ...(category ? { category } : {}),
    ...(townCode ? { townCode } : {}),
    sort: 'received',
    limit: CLOSED_PAGE,
    offset: (page - 1) * CLOSED_PAGE,
  });
  const reset = () => setPage(1);
  return (
    <Card
      size="small"
      className="dr-board-card"
      title={t('logs.board.closed', { n: closed.data?.total ?? 0 })}
      extra={
        <Space wrap>
          <Select
            mode="multiple"
            className="dr-filter-md"
            aria-label={t('logs.filter.status')}
            value={status}
            onChange={(v: ('closed' | 'withdrawn')[]) => {
              setStatus(v);
              reset();
            }}
            options={(['closed', 'withdrawn'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
            showSearch={keyboardSearch}
          />
          <Select
            mode="multiple"
            allowClear
            className="dr-filter-md"
            placeholder={t('logs.filter.grade')}
            aria-label={t('logs.filter.grade')}
            value={grade}
            onChange={(v: Grade[]) => {
              setGrade(v);
              reset();
            }}
            options={gradeOptions((g) => t(`gradeShort.${g}`))}
            maxTagCount="responsive"
            showSearch={keyboardSearch}
          />
          <Select
            allowClear
            className="dr-filter-md"
            placeholder={t('logs.filter.category')}
            aria-label={t('logs.filter.category')}
            value={category}
            onChange={(v: Category | undefined) => {
              setCategory(v ?? null);
              reset();
            }}
            options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
            showSearch={keyboardSearch}
          />
          <Select
            allowClear
            className="dr-filter-md"
            placeholder={t('logs.filter.town')}
            aria-label={t('logs.filter.town')}
            value={townCode}
            onChange={(v: string | undefined) => {
              setTownCode(v ?? null);
              reset();
            }}
            options={(towns.data ?? []).map((x) => ({ value: x.code, label: x.name }))}
            showSearch={keyboardSearch}
          />
        </Space>
      }
    >
      <ErrorAlert error={closed.error} />
      <IncidentTable
        items={closed.data?.items ?? []}
        loading={closed.isPending}
        pagination={{
          current: page,
          pageSize: CLOSED_PAGE,
          total: closed.data?.total ?? 0,
          onChange: setPage,
        }}
      />
    </Card>
  );
}
