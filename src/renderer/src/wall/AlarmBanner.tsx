import { useTranslation } from 'react-i18next';
import type { IncidentSummary } from '../../../common/contract/incidents';
import type { Alarm } from './alarms';
import { GradeChip } from './GradeChip';
import { shortTime } from './format';

/**
 * New grade I/II incidents: a red, pulsing banner in the middle of the header (no
 * layout shift, nothing covered) and a glow round the whole screen, for ALARM_MS.
 */
export function AlarmBanner({
  alarms,
  incidents,
  now,
  tz,
}: {
  alarms: Alarm[];
  incidents: readonly IncidentSummary[];
  now: number;
  tz: string;
}) {
  const { t, i18n } = useTranslation();
  const shown = alarms
    .map((a) => incidents.find((i) => i.id === a.id))
    .filter((i): i is IncidentSummary => i !== undefined);
  const first = shown[0];
  if (!first) return null;
  return (
    <div className="dr-wall-alarm" role="alert" data-testid="alarm-banner" data-grade={first.grade}>
      <span className="dr-wall-alarm-label">{t('wall.alarm.label')}</span>
      <GradeChip grade={first.grade} long />
      <span className="dr-wall-alarm-title">{first.title}</span>
      <span className="dr-wall-alarm-meta dr-tabular">
        {[
          first.townName,
          t('wall.alarm.received', { time: shortTime(first.receivedAt, now, i18n.language, tz) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
      {shown.length > 1 ? (
        <span className="dr-wall-alarm-more">{t('wall.alarm.more', { n: shown.length - 1 })}</span>
      ) : null}
    </div>
  );
}
