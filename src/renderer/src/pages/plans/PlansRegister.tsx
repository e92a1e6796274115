import { useState } from 'react';
import { Button, Card, Input, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../../../common/contract/plans';
import { PLAN_DOMAINS, PLAN_KINDS, type PlanDomain, type PlanKind } from '../../../../common/domain/plans';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ImportDialog } from '../../components/ImportDialog';
import { RegisterTable } from '../../components/RegisterTable';
import { RegisterToolbar } from '../../components/RegisterToolbar';
import { hrefOf } from '../../router/hash';
import { ClockTag } from './ClockTag';
import { PlanDialog } from './PlanDialog';
import { PlanSettingsDialog } from './PlanSettingsDialog';
import { SettingOutlined } from '@ant-design/icons';
import { StatusTag } from './StatusTag';

type Dialog = { kind: 'edit'; p?: PlanView } | { kind: 'import' } | { kind: 'settings' } | null;

const KIND_COLORS: Record<PlanKind, string> = {
  overall: 'red',
  special: 'volcano',
  department: 'blue',
  grassroots: 'cyan',
  enterprise: 'purple',
  catastrophe: 'magenta',
  joint: 'geekblue',
  manual: 'default',
  action: 'default',
};

/** 应急预案: the register of plans with their current version and the three clocks. */
export function PlansRegister({ initialQ, admin }: { initialQ: string; admin: boolean }) {
  const { t } = useTranslation();
  const [q, setQ] = useState(initialQ);
  const [kind, setKind] = useState<PlanKind | undefined>();
  const [domain, setDomain] = useState<PlanDomain | undefined>();
  const [archived, setArchived] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useApiQuery('plans.list', {
    ...(kind ? { kind } : {}),
    ...(domain ? { domain } : {}),
    ...(q.trim() ? { q: q.trim().slice(0, 60) } : {}),
    includeArchived: archived,
  });
  const archive = useApiMutation('plans.archive');

  return (
    <Card
      extra={
        <RegisterToolbar
          showInactive={archived}
          onShowInactive={setArchived}
          showInactiveLabel={t('plans.showArchived')}
          importLabel={t('plans.import')}
          onImport={() => setDialog({ kind: 'import' })}
          addLabel={t('plans.add')}
          onAdd={() => setDialog({ kind: 'edit' })}
        >
          {admin ? (
            <Button icon={<SettingOutlined />} onClick={() => setDialog({ kind: 'settings' })}>
              {t('plans.settings.open')}
            </Button>
          ) : null}
          <Input.Search
            allowClear
            defaultValue={initialQ}
            placeholder={t('plans.search')}
            onSearch={setQ}
            className="dr-res-search"
            aria-label={t('plans.search')}
            data-testid="plan-search"
          />
          <Select<PlanKind | undefined>
            allowClear
            placeholder={t('plans.allKinds')}
            value={kind}
            onChange={setKind}
            className="dr-res-filter"
            aria-label={t('plans.col.kind')}
            options={PLAN_KINDS.map((k) => ({ value: k, label: t(`planKind.${k}`) }))}
          />
          <Select<PlanDomain | undefined>
            allowClear
            placeholder={t('plans.allDomains')}
            value={domain}
            onChange={setDomain}
            className="dr-res-filter"
            aria-label={t('plans.col.domain')}
            options={PLAN_DOMAINS.map((k) => ({ value: k, label: t(`planDomain.${k}`) }))}
          />
        </RegisterToolbar>
      }
    >
      <RegisterTable<PlanView>
        query={list}
        pagination={{
          pageSize: 20,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (n) => t('plans.total', { n }),
        }}
        data-testid="plans-table"
        locale={{ emptyText: t('plans.empty') }}
        rowClassName={(p) => (p.archived ? 'dr-row-inactive' : '')}
        columns={[
          {
            title: t('plans.col.name'),
            render: (_v, p) => (
              <div>
                <a href={hrefOf('plans', [p.id])}>{p.name}</a>
                <div className="dr-muted dr-plan-owner">
                  {p.ownerUnit}
                  {p.hazard ? ` · ${p.hazard}` : ''}
                  {p.archived ? <Tag className="dr-plan-archived">{t('plans.archived')}</Tag> : null}
                </div>
              </div>
            ),
          },
          {
            title: t('plans.col.kind'),
            width: 150,
            render: (_v, p) => (
              <Space size={4} direction="vertical">
                <Tag color={KIND_COLORS[p.kind]} bordered={false}>
                  {t(`planKind.${p.kind}`)}
                </Tag>
                <span className="dr-muted">{t(`planDomain.${p.domain}`)}</span>
              </Space>
            ),
          },
          {
            title: t('plans.col.current'),
            width: 230,
            render: (_v, p) =>
              p.current ? (
                <div>
                  <Space size={4}>
                    <span>{p.current.label}</span>
                    <StatusTag status={p.current.status} />
                  </Space>
                  <div className="dr-muted">{p.current.docNo || '—'}</div>
                </div>
              ) : (
                <span className="dr-muted">{t('plans.noVersion')}</span>
              ),
          },
          {
            title: t('plans.col.filing'),
            width: 150,
            render: (_v, p) => <ClockTag clock={p.current?.filing ?? null} working />,
          },
          {
            title: t('plans.col.evaluation'),
            width: 130,
            render: (_v, p) => <ClockTag clock={p.evaluation} />,
          },
          {
            title: t('plans.col.drill'),
            width: 130,
            render: (_v, p) => <ClockTag clock={p.drill} />,
          },
          {
            title: t('plans.col.actions'),
            width: 150,
            render: (_v, p) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', p })}>
                  {t('plans.edit')}
                </Button>
                <Button
                  type="link"
                  size="small"
                  onClick={() => archive.mutate({ id: p.id, archived: !p.archived })}
                >
                  {p.archived ? t('plans.restore') : t('plans.archive')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {dialog?.kind === 'edit' ? <PlanDialog plan={dialog.p} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'settings' ? <PlanSettingsDialog onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'import' ? (
        <ImportDialog target="plans" title={t('plans.importTitle')} onClose={() => setDialog(null)} />
      ) : null}
    </Card>
  );
}
