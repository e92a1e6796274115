import { useEffect, useMemo, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../common/time/zone';
import { useApiQuery } from '../api/hooks';
import { Guard } from '../components/Guard';
import { useSharedNow } from '../components/useSharedNow';
import { formatClock, formatDateWithWeekday } from '../time/format';
import { AlarmBanner } from './AlarmBanner';
import { DutyPanel } from './DutyPanel';
import { EquipmentPanel } from './EquipmentPanel';
import { IncidentsPanel } from './IncidentsPanel';
import { ReleaseClocksPanel, wallReleaseClocks } from './ReleaseClocksPanel';
import { RotatingPanel } from './RotatingPanel';
import { StatsPanel } from './StatsPanel';
import { WarningsPanel } from './WarningsPanel';
import { TeamsOutPanel } from './TeamsOutPanel';
import { WallMap, wallMapData } from './WallMap';
import { useArrivals } from './alarms';
import { isStale, useWallLive, type WallLive } from './live';
import { useAlarmSound } from './sound';
import { useWallUnit } from './unit';
import './wall.css';

// A query that fails keeps its last data; the stale state (not an error box) says so.
const LIVE = { retry: 1, staleTime: Infinity } as const;

/**
 * The wall (大屏, ARCHITECTURE.md §6): the room's live picture on one 16:9 screen, no mouse,
 * no scrolling. Every panel shows what its area provides; an area that has not landed
 * yet has no panel (the county map arrives with the map area).
 */
export function WallBoard({ token }: { token: string | null }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const live = useWallLive(queryClient, token);
  const now = useSharedNow();
  const u = useWallUnit();

  const settings = useApiQuery('settings.get', {}, LIVE);
  const tz = settings.data?.timeZone ?? 'Asia/Shanghai';
  const incidents = useApiQuery('incidents.list', { open: true, sort: 'gravity', limit: 200 }, LIVE);
  const today = useApiQuery('stats.overview', { days: 1 }, LIVE);
  const week = useApiQuery('stats.overview', { days: 7 }, LIVE);
  const month = useApiQuery('stats.overview', { days: 30 }, LIVE);
  const eqSummary = useApiQuery('equipment.summary', {}, LIVE);
  const recentChecks = useApiQuery('checks.history', { limit: 30 }, LIVE);
  const duty = useApiQuery('roster.onDuty', {}, LIVE);
  const faults = useApiQuery('faults.list', { open: true }, LIVE);
  const eqDue = useApiQuery('equipment.due', {}, LIVE);
  const depots = useApiQuery('depots.list', {}, LIVE);
  const facilities = useApiQuery('facilities.list', {}, LIVE);
  const campaigns = useApiQuery('drills.campaigns', {}, LIVE);
  const county = useApiQuery('geo.basemap', {}, LIVE);
  const basemap = useApiQuery('map.basemap', {}, LIVE);
  const warnings = useApiQuery('warnings.list', { scope: 'live' }, LIVE);
  const teamsOut = useApiQuery('dispatches.list', {}, LIVE);
  const releaseClocks = useApiQuery('releases.clocks', {}, LIVE);
  const keyFigures = useApiQuery('stats.keyFigures', {}, LIVE);

  // Nothing announces midnight or the shift change: the shared clock does.
  const day = localDate(new Date(now), tz);
  const lastDay = useRef(day);
  useEffect(() => {
    if (lastDay.current === day) return;
    lastDay.current = day;
    void queryClient.invalidateQueries({ queryKey: ['stats'] });
  }, [day, queryClient]);
  const shiftEnd = duty.data ? new Date(duty.data.now.end).getTime() : null;
  const shiftOver = shiftEnd !== null && now >= shiftEnd;
  useEffect(() => {
    if (shiftOver) void queryClient.invalidateQueries({ queryKey: ['roster'] });
  }, [shiftOver, queryClient]);

  const arrivals = useArrivals(incidents.data?.items, now);
  const sound = useAlarmSound(settings.data?.wallAlarmSound === true);
  const heard = useRef(arrivals.alarmCount);
  const { play } = sound;
  useEffect(() => {
    if (arrivals.alarmCount > heard.current) play();
    heard.current = arrivals.alarmCount;
  }, [arrivals.alarmCount, play]);

  const stale = isStale(live, now);
  const periods = useMemo(
    () => ({ 1: today.data, 7: week.data, 30: month.data }),
    [today.data, week.data, month.data],
  );
  const releaseRows = useMemo(
    () => wallReleaseClocks(releaseClocks.data?.clocks ?? []),
    [releaseClocks.data],
  );
  const mapData = useMemo(
    () => wallMapData(incidents.data?.items ?? [], facilities.data, depots.data),
    [incidents.data, facilities.data, depots.data],
  );
  // The map shows once the county basemap is there; without it the statistics take the centre.
  const hasMap = county.data !== undefined && !basemap.isPending;
  const b = basemap.data;
  const mapKey = `${u}|${JSON.stringify(b?.config ?? null)}|${b?.file?.version ?? ''}`;
  const layout = ['dr-wall-grid', hasMap ? 'dr-wall-has-map' : 'dr-wall-no-map'];
  const alarming = arrivals.alarms.length > 0;

  return (
    <div
      className={`dr-wall-board${stale ? ' dr-wall-stale' : ''}${alarming ? ' dr-wall-alarming' : ''}`}
      data-testid="wall-board"
      data-stale={stale ? 'true' : 'false'}
      data-sound-plays={sound.plays}
    >
      <header className="dr-wall-top">
        <div className="dr-wall-titles">
          <div className="dr-wall-bureau" data-testid="wall-bureau">
            {settings.data?.bureauName ?? ''}
          </div>
          <div className="dr-wall-county">
            {settings.data?.countyName ?? ''} · {t('wall.page.dutyRoom')}
          </div>
        </div>
        <div className="dr-wall-center">
          <Guard kind="silent" where="wall.alarm">
            <AlarmBanner alarms={arrivals.alarms} incidents={incidents.data?.items ?? []} now={now} tz={tz} />
          </Guard>
          {sound.blocked ? (
            <button
              type="button"
              className="dr-wall-sound"
              data-testid="sound-prompt"
              onClick={sound.enable}
              autoFocus
            >
              <strong>{t('wall.sound.enable')}</strong>
              <span>{t('wall.sound.blocked')}</span>
            </button>
          ) : null}
        </div>
        <div className="dr-wall-clock">
          <div className="dr-wall-time dr-wall-num" data-testid="wall-clock">
            {formatClock(new Date(now), i18n.language, tz)}
          </div>
          <div className="dr-wall-date">{formatDateWithWeekday(new Date(now), i18n.language, tz)}</div>
        </div>
      </header>
      {stale ? <StaleBanner live={live} tz={tz} /> : null}
      <main className={layout.join(' ')}>
        <div className="dr-wall-col dr-wall-col-left">
          {duty.data ? (
            <Guard kind="panel" area="duty" where="wall.duty">
              <DutyPanel duty={duty.data} now={now} tz={tz} />
            </Guard>
          ) : null}
          <Guard kind="panel" area="equipment" where="wall.equipment">
            <EquipmentPanel summary={eqSummary.data} recent={recentChecks.data?.items} now={now} tz={tz} />
          </Guard>
          <Guard kind="panel" area="rotate" where="wall.rotating">
            <RotatingPanel
              sources={{
                incidents: incidents.data?.items,
                faults: faults.data,
                equipmentDue: eqDue.data,
                duty: duty.data,
                depots: depots.data,
                facilities: facilities.data,
                campaigns: campaigns.data?.campaigns,
                keyFigures: keyFigures.data,
              }}
              now={now}
              tz={tz}
              u={u}
              intervalSeconds={settings.data?.wallRotateSeconds ?? 20}
            />
          </Guard>
        </div>
        <div className="dr-wall-col dr-wall-col-center">
          {hasMap ? (
            <Guard kind="panel" area="map" where="wall.map">
              <WallMap
                key={mapKey}
                county={county.data}
                basemap={b ?? null}
                data={mapData}
                open={incidents.data?.items ?? []}
                arrived={arrivals.arrived}
                now={now}
                u={u}
              />
            </Guard>
          ) : null}
          {releaseRows.length > 0 ? (
            <Guard kind="panel" area="releases" where="wall.releases">
              <ReleaseClocksPanel rows={releaseRows} now={now} tz={tz} />
            </Guard>
          ) : null}
          <Guard kind="panel" area="stats" where="wall.stats">
            <StatsPanel periods={periods} u={u} compact={hasMap} />
          </Guard>
        </div>
        <div className="dr-wall-col dr-wall-col-right">
          {warnings.data && warnings.data.warnings.length > 0 ? (
            <Guard kind="panel" area="warnings" where="wall.warnings">
              <WarningsPanel warnings={warnings.data.warnings} rules={warnings.data.rules} now={now} />
            </Guard>
          ) : null}
          <Guard kind="panel" area="incidents" where="wall.incidents">
            <IncidentsPanel
              items={incidents.data?.items}
              total={incidents.data?.total ?? 0}
              arrived={arrivals.arrived}
              now={now}
              tz={tz}
              u={u}
            />
          </Guard>
          {teamsOut.data?.length ? (
            <Guard kind="panel" area="teams" where="wall.teams">
              <TeamsOutPanel items={teamsOut.data} now={now} tz={tz} />
            </Guard>
          ) : null}
        </div>
      </main>
      <footer className="dr-wall-foot">
        <span
          className={`dr-wall-conn dr-wall-conn-${stale ? 'lost' : live.status}`}
          data-testid="connection"
          data-status={stale ? 'closed' : live.status}
        >
          <span className="dr-wall-conn-dot" aria-hidden />
          {stale
            ? t('wall.conn.lost')
            : live.status === 'open'
              ? t('wall.conn.live')
              : t('wall.conn.connecting')}
        </span>
        <span>{t('wall.page.readOnly')}</span>
      </footer>
    </div>
  );
}

/** Says plainly that what is on screen is not current, and since when. */
function StaleBanner({ live, tz }: { live: WallLive; tz: string }) {
  const { t, i18n } = useTranslation();
  const since = new Date(live.lostAt ?? live.mountedAt);
  return (
    <div className="dr-wall-stale-banner" role="alert" data-testid="wall-stale">
      <strong>{t(live.refreshing ? 'wall.conn.refreshing' : 'wall.conn.lost')}</strong>
      <span className="dr-wall-num" data-testid="wall-last-update">
        {t('wall.conn.lastUpdate', { time: formatClock(since, i18n.language, tz) })}
      </span>
      {live.refreshing ? null : <span>{t('wall.conn.retrying')}</span>}
    </div>
  );
}
