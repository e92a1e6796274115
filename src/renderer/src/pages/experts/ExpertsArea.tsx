import { useState } from 'react';
import { App, Button, Card, Input, Select, Space, Switch, Tabs, Tag } from 'antd';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ConsultationView, ExpertView } from '../../../../common/contract/experts';
import { EXPERT_FIELDS, EXPERT_TERM_LEAD_DAYS, type ExpertField } from '../../../../common/domain/teams';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { RegisterTable } from '../../components/RegisterTable';
import { toLocalText } from '../../components/localTime';
import { hrefOf, navigate, useHashRoute } from '../../router/hash';
import { useNow } from '../../time/format';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { namesText } from '../roster/format';
import { ConsultationDialog } from './ConsultationDialog';
import { ExpertDialog } from './ExpertDialog';
import '../teams/teams.css';

const DAY_MS = 86_400_000;

/** 专家库: the panel by field, terms ending in orange (ended in red), who is unavailable or must recuse. */
function ExpertsRegister() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const route = useHashRoute();
  const [q, setQ] = useState(route.query.get('q') ?? '');
  const [field, setField] = useState<ExpertField | undefined>(undefined);
  const [archived, setArchived] = useState(false);
  const [dialog, setDialog] = useState<{ e?: ExpertView } | null>(null);
  const list = useApiQuery('experts.list', {
    ...(field ? { field } : {}),
    ...(q.trim() ? { q: q.trim().slice(0, 60) } : {}),
    includeArchived: archived,
  });
  const archive = useApiMutation('experts.archive', { onError: (e) => void message.error(errorText(t, e)) });
  const now = useNow(60_000).getTime();
  const term = (e: ExpertView) => {
    if (!e.termEnd) return <span className="dr-muted">—</span>;
    const left = Date.parse(`${e.termEnd}T23:59:59+08:00`) - now;
    const color = left < 0 ? 'red' : left < EXPERT_TERM_LEAD_DAYS * DAY_MS ? 'orange' : null;
    const text = [e.termStart, e.termEnd].filter(Boolean).join(' — ');
    return color ? (
      <Tag color={color} bordered={false} data-testid="expert-term-due">
        {text}
      </Tag>
    ) : (
      <span className="dr-tabular">{text}</span>
    );
  };
  return (
    <Card
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={t('experts.search')}
            aria-label={t('experts.search')}
            className="dr-res-search"
          />
          <Select<ExpertField | undefined>
            allowClear
            value={field}
            onChange={setField}
            placeholder={t('experts.allFields')}
            aria-label={t('experts.col.field')}
            options={EXPERT_FIELDS.map((f) => ({ value: f, label: t(`expertField.${f}`) }))}
            className="dr-res-filter"
          />
          <span className="dr-inline-switch">
            <Switch
              size="small"
              checked={archived}
              onChange={setArchived}
              aria-label={t('experts.showArchived')}
            />
            {t('experts.showArchived')}
          </span>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({})}>
            {t('experts.add')}
          </Button>
        </Space>
      }
    >
      <RegisterTable<ExpertView>
        query={list}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        data-testid="experts-table"
        locale={{ emptyText: t('experts.empty') }}
        rowClassName={(e) => (e.archived ? 'dr-row-inactive' : '')}
        columns={[
          { title: t('experts.col.field'), width: 90, render: (_v, e) => t(`expertField.${e.field}`) },
          {
            title: t('experts.col.name'),
            width: 120,
            render: (_v, e) => (
              <span>
                {e.name}
                {!e.available ? (
                  <Tag color="default" bordered={false} className="dr-res-inline-tag">
                    {t('experts.unavailable')}
                  </Tag>
                ) : null}
              </span>
            ),
          },
          { title: t('experts.col.speciality'), minWidth: 160, dataIndex: 'speciality' },
          { title: t('experts.col.title'), width: 120, dataIndex: 'title' },
          { title: t('experts.col.unit'), width: 170, dataIndex: 'unit' },
          {
            title: t('experts.col.phones'),
            width: 230,
            className: 'dr-tabular',
            render: (_v, e) => [e.mobile, e.officePhone].filter(Boolean).join(' / '),
          },
          { title: t('experts.col.term'), width: 200, render: (_v, e) => term(e) },
          {
            title: t('experts.col.notes'),
            minWidth: 160,
            render: (_v, e) =>
              [e.availabilityNote, e.recusalNotes ? t('experts.recusalShort', { text: e.recusalNotes }) : '']
                .filter(Boolean)
                .join(t('logs.listSeparator')) || '—',
          },
          {
            title: t('experts.col.consultations'),
            width: 70,
            className: 'dr-tabular',
            dataIndex: 'consultations',
          },
          {
            title: t('common.actions'),
            width: 120,
            fixed: 'right',
            render: (_v, e) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setDialog({ e })}>
                  {t('common.edit')}
                </Button>
                <Button
                  type="link"
                  size="small"
                  onClick={() => archive.mutate({ id: e.id, archived: !e.archived })}
                >
                  {e.archived ? t('teams.restore') : t('teams.archive')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {dialog ? <ExpertDialog expert={dialog.e} onClose={() => setDialog(null)} /> : null}
    </Card>
  );
}

/** 会商记录: each consultation, newest first, with its participants, conclusions and the 会商纪要 to print. */
function ConsultationsList() {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const list = useApiQuery('consultations.list', {});
  const [adding, setAdding] = useState(false);
  return (
    <Card
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setAdding(true)}
          data-testid="consultation-add"
        >
          {t('experts.consultation.add')}
        </Button>
      }
    >
      <RegisterTable<ConsultationView>
        query={list}
        pagination={{ pageSize: 30, hideOnSinglePage: true }}
        data-testid="consultations-table"
        locale={{ emptyText: t('experts.consultation.empty') }}
        columns={[
          {
            title: t('experts.consultation.heldAt'),
            width: 150,
            render: (_v, c) => toLocalText(c.heldAt, tz),
          },
          {
            title: t('experts.consultation.kind'),
            width: 90,
            render: (_v, c) => t(`consultationKind.${c.kind}`),
          },
          { title: t('experts.consultation.subject'), render: (_v, c) => c.subject },
          {
            title: t('experts.consultation.linked'),
            width: 220,
            render: (_v, c) =>
              [c.incident?.number, c.plan?.name, c.drill?.number].filter(Boolean).join(' · ') || '—',
          },
          {
            title: t('experts.consultation.participants'),
            width: 220,
            render: (_v, c) => namesText(
              t,
              c.participants.map((p) => p.name),
            ),
          },
          {
            title: t('common.actions'),
            width: 110,
            render: (_v, c) => (
              <Button
                type="link"
                size="small"
                icon={<PrinterOutlined />}
                onClick={() => navigate(hrefOf('print/consultation', [c.id]))}
                data-testid="consultation-print"
              >
                {t('experts.consultation.print')}
              </Button>
            ),
          },
        ]}
      />
      {adding ? <ConsultationDialog onClose={() => setAdding(false)} /> : null}
    </Card>
  );
}

/** 专家与会商: the expert panel and the consultations held with it (`#/experts`, `#/experts/consultations`). */
export function ExpertsArea({ sub }: { sub: string | undefined }) {
  const { t } = useTranslation();
  const tab = sub === 'consultations' ? 'consultations' : 'panel';
  return (
    <div className="dr-page">
      <PageHeader title={t('nav.experts')} subtitle={t('experts.subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(k) =>
          navigate(k === 'consultations' ? hrefOf('experts', ['consultations']) : hrefOf('experts'))
        }
        items={[
          {
            key: 'panel',
            label: t('experts.tab.panel'),
            children: tab === 'panel' ? <ExpertsRegister /> : null,
          },
          {
            key: 'consultations',
            label: t('experts.tab.consultations'),
            children: tab === 'consultations' ? <ConsultationsList /> : null,
          },
        ]}
      />
    </div>
  );
}
