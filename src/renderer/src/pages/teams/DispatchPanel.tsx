import { useState } from 'react';
import { Button, Card, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DispatchView } from '../../../../common/contract/dispatches';
import type { IncidentSummary } from '../../../../common/contract/incidents';
import { DISPATCH_STATES, nextDispatchState, type DispatchState } from '../../../../common/domain/teams';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toLocalText } from '../../components/localTime';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { DispatchDialog } from './DispatchDialog';
import './teams.css';

/** The colour of a state's tag: on the way, on scene, coming away, back. */
export const DISPATCH_COLORS: Record<DispatchState, string> = {
  dispatched: 'gold',
  accepted: 'orange',
  departed: 'blue',
  arrived: 'red',
  withdrawn: 'cyan',
  returned: 'default',
};

/** 到场 42 分钟（时限 30）: red when later than the team's 集结时限. */
export function ArrivalText({ d }: { d: DispatchView }) {
  const { t } = useTranslation();
  if (d.arrivalMinutes === null) return null;
  return (
    <span className={d.late ? 'dr-dispatch-late' : 'dr-dispatch-ontime'} data-testid="dispatch-arrival">
      {t('teams.dispatch.arrival', { n: d.arrivalMinutes, target: d.targetMinutes })}
    </span>
  );
}

/**
 * 队伍调派 on the incident page: who was sent, where each team is now (调派 → 归队 with
 * the time of each step), how fast it came against its 集结时限, and the next step to
 * record. Each step is also an entry of the timeline.
 */
export function DispatchPanel({ incident }: { incident: IncidentSummary }) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const q = useApiQuery('dispatches.list', { incidentId: incident.id });
  const [dialog, setDialog] = useState<
    { kind: 'create' } | { kind: 'step'; d: DispatchView; next: Exclude<DispatchState, 'dispatched'> } | null
  >(null);
  const open = incident.status === 'pending' || incident.status === 'active';
  const list = q.data ?? [];
  const out = list.filter((d) => d.state !== 'returned').length;
  return (
    <Card
      size="small"
      title={t('teams.dispatch.panel', { n: out })}
      className="dr-detail-card"
      data-testid="dispatch-panel"
      extra={
        open ? (
          <Button
            size="small"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({ kind: 'create' })}
            data-testid="dispatch-add"
          >
            {t('teams.dispatch.add')}
          </Button>
        ) : null
      }
    >
      <ErrorAlert error={q.error} />
      {list.length === 0 ? <p className="dr-muted">{t('teams.dispatch.none')}</p> : null}
      <ul className="dr-dispatch-list">
        {list.map((d) => {
          const next = nextDispatchState(d.state) as Exclude<DispatchState, 'dispatched'> | null;
          // A closed incident only lets its teams come away and home.
          const allowed = next !== null && (open || next === 'withdrawn' || next === 'returned');
          return (
            <li key={d.id} data-testid="dispatch-row" data-state={d.state}>
              <div className="dr-dispatch-head">
                <span className="dr-strong">{d.teamName}</span>
                <Tag color={DISPATCH_COLORS[d.state]} bordered={false} data-testid="dispatch-state">
                  {t(`dispatchState.${d.state}`)}
                </Tag>
                <span className="dr-muted dr-tabular">
                  {t('teams.persons', { n: d.headcount })} · {d.dutyPhone}
                </span>
                <span className="dr-grow" />
                {allowed ? (
                  <Button
                    size="small"
                    onClick={() => setDialog({ kind: 'step', d, next: next! })}
                    data-testid="dispatch-next"
                  >
                    {t('teams.dispatch.next', { state: t(`dispatchState.${next!}`) })}
                  </Button>
                ) : null}
              </div>
              <div className="dr-dispatch-steps dr-tabular">
                {DISPATCH_STATES.filter((s) => d.times[s]).map((s) => (
                  <span key={s}>
                    {t(`dispatchState.${s}`)} {toLocalText(d.times[s]!, tz).slice(-5)}
                  </span>
                ))}
                <ArrivalText d={d} />
              </div>
            </li>
          );
        })}
      </ul>
      {dialog?.kind === 'create' ? (
        <DispatchDialog incident={incident} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'step' ? (
        <DispatchDialog
          incident={incident}
          dispatch={dialog.d}
          next={dialog.next}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Card>
  );
}
