import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { TEAM_COLOR } from '../../../../common/domain/teams';
import type { LonLat } from '../../../../common/geo/distance';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hrefOf } from '../../router/hash';
import type { Selection } from './AroundPanel';
import { distanceText } from './prefs';

/**
 * 周边分析's rescue teams: the five located teams nearest the selection, with their
 * headcount, distance, duty phone, and whether they are out on another incident.
 */
export function AroundTeams({
  selection,
  onFocus,
}: {
  selection: Selection;
  onFocus: (p: LonLat, zoom?: number) => void;
}) {
  const { t } = useTranslation();
  const q = useApiQuery(
    'teams.nearest',
    selection.kind === 'incident'
      ? { incidentId: selection.id, limit: 5 }
      : { point: selection.point, limit: 5 },
  );
  return (
    <>
      <h3 className="dr-around-h">{t('map.around.teams')}</h3>
      <ErrorAlert error={q.error} />
      {q.data && q.data.length === 0 ? <p className="dr-muted">{t('map.around.teamsNone')}</p> : null}
      <ul className="dr-around-depots" data-testid="around-teams">
        {(q.data ?? []).map((tm) => (
          <li key={tm.id}>
            <button type="button" className="dr-around-item" onClick={() => onFocus(tm.point, 15)}>
              <span className="dr-around-name" style={{ color: TEAM_COLOR }}>
                {tm.name}
              </span>
              <span className="dr-around-dist dr-tabular">{distanceText(t, tm.distanceM)}</span>
            </button>
            <div className="dr-around-meta dr-tabular">
              <span>{t(`teamKind.${tm.kind}`)}</span>
              <span>{t('teams.persons', { n: tm.headcount })}</span>
              <span>{t('teams.minutes', { n: tm.assemblyMinutes })}</span>
              <span>{[tm.leader, tm.dutyPhone].filter(Boolean).join(' ')}</span>
            </div>
            {tm.busy ? (
              <a href={hrefOf('logs', ['incident', tm.busy.incidentId])}>
                <Tag color="magenta" bordered={false}>
                  {t(tm.busy.drill ? 'teams.busyDrill' : 'teams.busy', {
                    state: t(`dispatchState.${tm.busy.state}`),
                    number: tm.busy.incidentNumber,
                  })}
                </Tag>
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
