import { useTranslation } from 'react-i18next';
import type { DispatchView } from '../../../common/contract/dispatches';
import { Panel } from './Panel';
import { shortTime } from './format';
import './wall-teams.css';

/** Rows the panel shows before "另有 N 支": it shares its column with the open incidents. */
const MAX_ROWS = 4;

/**
 * 队伍在外 (who is where): every team out on a dispatch now, the latest step and when,
 * the incident it is on, and on arrival how many minutes it took (red past its target).
 * Shown only while a team is out; drill dispatches are marked 演练.
 */
export function TeamsOutPanel({ items, now, tz }: { items: DispatchView[]; now: number; tz: string }) {
  const { t, i18n } = useTranslation();
  const shown = items.slice(0, MAX_ROWS);
  return (
    <Panel
      area="teams"
      testId="wall-teams"
      title={t('wall.teams.title')}
      extra={<span className="dr-wall-num">{t('wall.teams.count', { n: items.length })}</span>}
    >
      <ol className="dr-wt-list">
        {shown.map((d) => (
          <li key={d.id} className="dr-wt-row" data-testid="wall-team" data-state={d.state}>
            <div className="dr-wt-line1">
              <span className="dr-wt-name">{d.teamName}</span>
              <span className={`dr-wt-state dr-wt-${d.state}`} data-testid="wall-team-state">
                {t(`dispatchState.${d.state}`)}
              </span>
              <span className="dr-wall-num dr-wt-time">{shortTime(d.updatedAt, now, i18n.language, tz)}</span>
            </div>
            <div className="dr-wt-meta">
              {d.drill ? <span className="dr-wt-drill">{t('wall.teams.drill')}</span> : null}
              {/* The incident by its title (cut if long); the arrival against its limit whole. */}
              <span className="dr-wt-incident">{d.incidentTitle}</span>
              {d.arrivalMinutes !== null ? (
                <span
                  className={`dr-wt-arrival ${d.late ? 'dr-wt-late' : 'dr-wt-ok'}`}
                  data-testid="wall-team-arrival"
                >
                  {t('wall.teams.arrival', { n: d.arrivalMinutes, target: d.targetMinutes })}
                </span>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {items.length > shown.length ? (
        <div className="dr-wi-more">{t('wall.teams.more', { n: items.length - shown.length })}</div>
      ) : null}
    </Panel>
  );
}
