import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Empty, Input, Space, Table, Tag, Timeline } from 'antd';
import { LockOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DrillResponse, DrillTimelineItem, InjectView } from '../../../../common/contract/drills';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { hrefOf } from '../../router/hash';
import { useFormatDateTime } from '../../time/useRoomTime';
import { usePlanNames } from '../plans/PlanPicker';
import { ObservationsCard } from '../review/ObservationsCard';
import { DrillDispatchButton } from './DrillDispatch';
import '../review/review.css';

const mins = (n: number | null) => (n === null ? '—' : String(n));

/**
 * One drill: what the caller may see of it, the controller's injects (scripted ones due
 * at their minute, or written on the spot), and the timeline with the room's response
 * minutes (inject → 接报 → 核实 → 上报).
 */
export function DrillPanel({ id, onClose }: { id: string | null; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const fmt = useFormatDateTime();
  const { nameOf: planName } = usePlanNames();
  const tl = useApiQuery('drills.timeline', { id: id ?? '' }, { enabled: id !== null });
  const [text, setText] = useState('');
  const inject = useApiMutation('drills.inject', {
    onError: (e) => void message.error(errorText(t, e)),
    onSuccess: () => {
      setText('');
      void message.success(t('drills.panel.injected'));
    },
  });
  const drill = tl.data?.drill;
  const d = drill?.detail;
  const running = drill?.state === 'started';
  // Evaluators record what they see as the drill runs, here as on the evaluation page.
  const evaluation = useApiQuery(
    'evaluations.get',
    { drillId: id ?? '' },
    { enabled: id !== null && drill !== undefined && drill.state !== 'planned' },
  );
  const dueAt = (i: InjectView) =>
    drill?.startedAt && i.offsetMinutes !== null
      ? new Date(Date.parse(drill.startedAt) + i.offsetMinutes * 60_000).toISOString()
      : null;
  const itemText = (i: DrillTimelineItem) => {
    if (i.kind === 'state') return t(`drills.panel.state.${i.text}` as 'drills.panel.state.started');
    if (i.kind === 'inject')
      return t('drills.panel.item', { kind: t('drills.panel.kind.inject'), text: i.text });
    return t('drills.panel.item', {
      kind: t(`drills.panel.kind.${i.kind}`),
      text: `${i.incidentNumber ?? ''} ${i.text}`,
    });
  };
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={720}
      title={drill ? `${drill.number} ${d?.title ?? t('drills.sealedShort')}` : ''}
      data-testid="drill-panel"
    >
      {drill?.sealed ? (
        <Empty image={<LockOutlined className="dr-drill-lock" />} description={t('drills.sealed')} />
      ) : d && drill ? (
        <>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('drills.col.state')}>
              {t(`drillState.${drill.state}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('drills.col.announce')}>
              {t(`announceMode.${drill.announce}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('drills.col.form')}>
              {t(`drillForm.${d.form}`)} · {t(`drillContent.${d.content}`)} · {t(`drillPurpose.${d.purpose}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('drills.form.scheduledAt')}>
              {fmt(d.scheduledAt) || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('drills.form.place')} span={2}>
              {d.place || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('drills.form.scenario')} span={2}>
              <span data-testid="drill-scenario">{d.scenario ?? t('drills.panel.scenarioLater')}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('drills.form.controllers')} span={2}>
              {d.controllers.map((c) => c.name).join(t('drills.listSep'))}
            </Descriptions.Item>
            <Descriptions.Item label={t('drills.form.units')} span={2}>
              {d.units.join(t('drills.listSep')) || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('drills.form.plans')} span={2}>
              <span data-testid="drill-plans">
                {d.planIds.map(planName).join(t('drills.listSep')) || '—'}
              </span>
            </Descriptions.Item>
          </Descriptions>

          <h3 className="dr-section-title">{t('drills.form.script')}</h3>
          <Table<InjectView>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.injects}
            locale={{ emptyText: t('drills.panel.noInjects') }}
            columns={[
              {
                title: t('drills.panel.due'),
                key: 'due',
                width: 150,
                render: (_, i) =>
                  i.offsetMinutes === null
                    ? t('drills.panel.onTheSpot')
                    : fmt(dueAt(i)) || t('drills.panel.after', { n: i.offsetMinutes }),
              },
              { title: t('drills.panel.text'), dataIndex: 'text' },
              {
                title: t('drills.panel.sent'),
                key: 'sent',
                width: 170,
                render: (_, i) =>
                  i.sentAt ? (
                    <span data-testid="inject-sent">
                      {fmt(i.sentAt)}
                      {i.sentByName === null ? (
                        <Tag className="dr-drill-tag">{t('drills.panel.auto')}</Tag>
                      ) : null}
                    </span>
                  ) : drill.controller && running ? (
                    <Button
                      size="small"
                      type={dueAt(i) && Date.parse(dueAt(i)!) <= Date.now() ? 'primary' : 'default'}
                      icon={<SendOutlined />}
                      onClick={() => inject.mutate({ id: drill.id, injectId: i.id, text: '' })}
                    >
                      {t('drills.panel.send')}
                    </Button>
                  ) : (
                    <Tag>{t('drills.panel.notSent')}</Tag>
                  ),
              },
            ]}
          />
          {drill.controller && running ? (
            <Space.Compact className="dr-drill-inject-now">
              <Input
                value={text}
                onChange={(e) => setText(e.target.value)}
                maxLength={1000}
                placeholder={t('drills.panel.injectPlaceholder')}
                aria-label={t('drills.panel.injectNow')}
                onPressEnter={() => text.trim() && inject.mutate({ id: drill.id, injectId: null, text })}
              />
              <Button
                type="primary"
                icon={<SendOutlined />}
                disabled={!text.trim()}
                loading={inject.isPending}
                onClick={() => inject.mutate({ id: drill.id, injectId: null, text })}
              >
                {t('drills.panel.injectNow')}
              </Button>
            </Space.Compact>
          ) : null}

          <h3 className="dr-section-title">{t('drills.panel.responses')}</h3>
          <Table<DrillResponse>
            rowKey="incidentId"
            size="small"
            pagination={false}
            data-testid="drill-responses"
            dataSource={tl.data?.responses ?? []}
            locale={{ emptyText: t('drills.panel.noResponses') }}
            columns={[
              {
                title: t('drills.panel.incident'),
                key: 'incident',
                render: (_, r) => (
                  <a href={hrefOf('logs', ['incident', r.incidentId])}>{`${r.number} ${r.title}`}</a>
                ),
              },
              {
                title: t('drills.panel.injectToIntake'),
                key: 'a',
                align: 'right',
                render: (_, r) => mins(r.injectToIntakeMinutes),
              },
              {
                title: t('drills.panel.intakeToVerify'),
                key: 'b',
                align: 'right',
                render: (_, r) => mins(r.intakeToVerifyMinutes),
              },
              {
                title: t('drills.panel.intakeToReport'),
                key: 'c',
                align: 'right',
                render: (_, r) => mins(r.intakeToReportMinutes),
              },
              ...(running
                ? [
                    {
                      title: t('drills.panel.teams'),
                      key: 'dispatch',
                      width: 130,
                      render: (_: unknown, r: DrillResponse) => (
                        <DrillDispatchButton incidentId={r.incidentId} />
                      ),
                    },
                  ]
                : []),
            ]}
          />

          {evaluation.data ? (
            <div className="dr-drill-observations">
              <ObservationsCard view={evaluation.data} />
            </div>
          ) : null}

          <h3 className="dr-section-title">{t('drills.panel.timeline')}</h3>
          <Timeline
            data-testid="drill-timeline"
            items={(tl.data?.items ?? []).map((i, n) => ({
              key: `${i.at}-${n}`,
              color: i.kind === 'inject' ? 'red' : i.kind === 'state' ? 'gray' : 'blue',
              content: (
                <span>
                  <span className="dr-mono">{fmt(i.at)}</span> {itemText(i)}{' '}
                  <span className="dr-muted">{i.authorName || t('drills.panel.auto')}</span>
                </span>
              ),
            }))}
          />
        </>
      ) : null}
    </Drawer>
  );
}
