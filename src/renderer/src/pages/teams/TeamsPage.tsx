import { useState } from 'react';
import { App, Button, Card, Descriptions, Input, Select, Space, Switch, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TeamView } from '../../../../common/contract/teams';
import { CERT_LEAD_DAYS, TEAM_KINDS, type TeamKind } from '../../../../common/domain/teams';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { RegisterTable } from '../../components/RegisterTable';
import { hrefOf, useHashRoute } from '../../router/hash';
import { useNow } from '../../time/format';
import { useFormatDateTime } from '../../time/useRoomTime';
import { BusyTag } from './BusyTag';
import { SpotCheckDialog } from './SpotCheckDialog';
import { TeamDialog } from './TeamDialog';
import './teams.css';

const DAY_MS = 86_400_000;
type Dialog = { kind: 'edit'; team?: TeamView } | { kind: 'spot'; team: TeamView } | null;
const isKind = (v: string | null): v is TeamKind =>
  v !== null && (TEAM_KINDS as readonly string[]).includes(v);

/**
 * 救援队伍: the register of rescue teams by kind, with members and certificates (those
 * ending within two months in orange, ended in red), who is out on a dispatch, and 查岗
 * of each team's 24-hour duty phone. `#/teams?team=<id>` opens on one team.
 */
export function TeamsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const fmt = useFormatDateTime();
  const route = useHashRoute();
  const askedKind = route.query.get('kind');
  const focus = route.query.get('team');
  const [kind, setKind] = useState<TeamKind | undefined>(isKind(askedKind) ? askedKind : undefined);
  const [q, setQ] = useState('');
  const [archived, setArchived] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [expanded, setExpanded] = useState<string[]>(focus ? [focus] : []);
  const list = useApiQuery('teams.list', {
    ...(kind ? { kind } : {}),
    ...(q.trim() ? { q: q.trim().slice(0, 60) } : {}),
    includeArchived: archived,
  });
  const archive = useApiMutation('teams.archive', { onError: (e) => void message.error(errorText(t, e)) });
  const now = useNow(60_000).getTime();
  const certState = (on: string | null): 'ok' | 'soon' | 'late' | null => {
    if (!on) return null;
    const left = Date.parse(`${on}T23:59:59+08:00`) - now;
    return left < 0 ? 'late' : left < CERT_LEAD_DAYS * DAY_MS ? 'soon' : 'ok';
  };

  const details = (tm: TeamView) => (
    <div className="dr-teams-detail" data-testid="team-detail">
      <Descriptions size="small" column={2}>
        <Descriptions.Item label={t('teams.col.equipment')}>{tm.equipment || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('teams.col.base')}>{tm.baseAddress || '—'}</Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={tm.members}
        locale={{ emptyText: t('teams.noMembers') }}
        columns={[
          { title: t('teams.member.name'), dataIndex: 'name', width: 100 },
          { title: t('teams.member.role'), dataIndex: 'role', width: 90 },
          { title: t('teams.member.phone'), dataIndex: 'phone', width: 130, className: 'dr-tabular' },
          { title: t('teams.member.certificate'), dataIndex: 'certificate' },
          {
            title: t('teams.member.expires'),
            width: 130,
            render: (_v, m) => {
              const s = certState(m.certExpiresOn);
              return s === 'soon' || s === 'late' ? (
                <Tag color={s === 'late' ? 'red' : 'orange'} bordered={false} data-testid="cert-due">
                  {m.certExpiresOn}
                </Tag>
              ) : (
                <span className="dr-tabular">{m.certExpiresOn ?? '—'}</span>
              );
            },
          },
        ]}
      />
      <h4 className="dr-teams-members-head">{t('teams.spot.history')}</h4>
      {tm.spotChecks.length === 0 ? (
        <p className="dr-muted">{t('teams.spot.none')}</p>
      ) : (
        <ul className="dr-teams-spots" data-testid="team-spot-list">
          {tm.spotChecks.map((s) => (
            <li key={s.id}>
              <span className="dr-tabular">{fmt(s.calledAt)}</span>{' '}
              {s.answered ? (
                t('teams.spot.answeredLine', { s: s.answerSeconds ?? 0, by: s.answeredBy || '—' })
              ) : (
                <Tag color="red" bordered={false}>
                  {t('teams.spot.unanswered')}
                </Tag>
              )}{' '}
              <span className="dr-muted">
                {s.notes} {t('teams.spot.recordedBy', { name: s.recordedBy })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <div className="dr-page">
      <PageHeader title={t('nav.teams')} subtitle={t('teams.subtitle')} />
      <Card
        extra={
          <Space wrap>
            <Input.Search
              allowClear
              value={q}
              onChange={(e) => setQ(e.target.value)}
              placeholder={t('teams.search')}
              aria-label={t('teams.search')}
              className="dr-res-search"
            />
            <Select<TeamKind | undefined>
              allowClear
              value={kind}
              onChange={setKind}
              placeholder={t('teams.allKinds')}
              aria-label={t('teams.col.kind')}
              options={TEAM_KINDS.map((k) => ({ value: k, label: t(`teamKind.${k}`) }))}
              className="dr-res-filter"
              data-testid="teams-kind"
            />
            <span className="dr-inline-switch">
              <Switch
                size="small"
                checked={archived}
                onChange={setArchived}
                aria-label={t('teams.showArchived')}
              />
              {t('teams.showArchived')}
            </span>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'edit' })}>
              {t('teams.add')}
            </Button>
          </Space>
        }
      >
        <RegisterTable<TeamView>
          query={list}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="teams-table"
          locale={{ emptyText: t('teams.empty') }}
          rowClassName={(tm) => (tm.archived ? 'dr-row-inactive' : '')}
          expandable={{
            expandedRowKeys: expanded,
            onExpandedRowsChange: (keys) => setExpanded(keys.map(String)),
            expandedRowRender: details,
          }}
          columns={[
            { title: t('teams.col.kind'), width: 110, render: (_v, tm) => t(`teamKind.${tm.kind}`) },
            {
              title: t('teams.col.name'),
              width: 220,
              render: (_v, tm) => (
                <span>
                  {tm.name}
                  {tm.busy ? <BusyTag busy={tm.busy} /> : null}
                </span>
              ),
            },
            {
              title: t('teams.col.headcount'),
              width: 70,
              className: 'dr-tabular',
              render: (_v, tm) => t('teams.persons', { n: tm.headcount }),
            },
            {
              title: t('teams.col.leader'),
              width: 170,
              render: (_v, tm) => [tm.leader, tm.leaderPhone].filter(Boolean).join(' '),
            },
            { title: t('teams.col.dutyPhone'), width: 130, className: 'dr-tabular', dataIndex: 'dutyPhone' },
            {
              title: t('teams.col.assemblyShort'),
              width: 90,
              render: (_v, tm) => t('teams.minutes', { n: tm.assemblyMinutes }),
            },
            { title: t('teams.col.specialities'), minWidth: 160, render: (_v, tm) => tm.specialities || '—' },
            { title: t('teams.col.town'), width: 90, render: (_v, tm) => tm.townName ?? '—' },
            {
              title: t('teams.col.certs'),
              width: 110,
              render: (_v, tm) => {
                const due = tm.members.filter((m) => {
                  const s = certState(m.certExpiresOn);
                  return s === 'soon' || s === 'late';
                }).length;
                return due ? (
                  <Tag color="orange" bordered={false}>
                    {t('teams.certsDue', { n: due })}
                  </Tag>
                ) : (
                  t('teams.membersN', { n: tm.members.length })
                );
              },
            },
            {
              title: t('teams.col.lastSpot'),
              width: 150,
              render: (_v, tm) => {
                const s = tm.spotChecks[0];
                if (!s) return <span className="dr-muted">—</span>;
                return s.answered ? (
                  <span className="dr-tabular">{t('teams.spot.short', { s: s.answerSeconds ?? 0 })}</span>
                ) : (
                  <Tag color="red" bordered={false}>
                    {t('teams.spot.unanswered')}
                  </Tag>
                );
              },
            },
            {
              title: t('common.actions'),
              width: 200,
              fixed: 'right',
              render: (_v, tm) => (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', team: tm })}>
                    {t('common.edit')}
                  </Button>
                  {!tm.archived ? (
                    <Button
                      type="link"
                      size="small"
                      onClick={() => setDialog({ kind: 'spot', team: tm })}
                      data-testid="team-spot"
                    >
                      {t('teams.spot.action')}
                    </Button>
                  ) : null}
                  {tm.point ? (
                    <Button type="link" size="small" href={hrefOf('map', [], { focus: `team:${tm.id}` })}>
                      {t('teams.onMap')}
                    </Button>
                  ) : null}
                  <Button
                    type="link"
                    size="small"
                    onClick={() => archive.mutate({ id: tm.id, archived: !tm.archived })}
                  >
                    {tm.archived ? t('teams.restore') : t('teams.archive')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {dialog?.kind === 'edit' ? <TeamDialog team={dialog.team} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'spot' ? (
        <SpotCheckDialog team={dialog.team} onClose={() => setDialog(null)} />
      ) : null}
    </div>
  );
}
