import { Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReleaseClockView } from '../../../../common/contract/releases';
import { useApiQuery } from '../../api/hooks';
import { Countdown } from '../../components/Countdown';
import { DrillMarker } from '../../components/DrillMarker';
import { GradeTag } from '../../components/GradeTag';
import { toLocalText } from '../../components/localTime';
import { hrefOf } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';
import './releases.css';

/**
 * One release clock: counting down while it runs; stopped at the first release of its
 * kind, green in time or red late; red and counting up once it is overdue.
 */
export function ClockLine({ c, withIncident = false }: { c: ReleaseClockView; withIncident?: boolean }) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  return (
    <div
      className="dr-rel-clock"
      data-testid="release-clock"
      data-kind={c.kind}
      data-done={c.doneAt ? '1' : '0'}
    >
      <div className="dr-rel-clock-head">
        <span className="dr-rel-clock-kind">{t(`releaseClock.${c.kind}`)}</span>
        {withIncident ? (
          <>
            <GradeTag grade={c.grade} />
            <a href={hrefOf('logs', ['incident', c.incidentId])}>{c.incidentTitle}</a>
            <DrillMarker number={c.drill ? t('releases.drill') : null} />
          </>
        ) : null}
      </div>
      {c.doneAt ? (
        <Tag color={c.late ? 'red' : 'green'} data-testid="release-clock-done">
          {t(c.late ? 'releases.clock.doneLate' : 'releases.clock.done', { at: toLocalText(c.doneAt, tz) })}
        </Tag>
      ) : (
        <Countdown dueAt={c.dueAt} />
      )}
      <div className="dr-muted dr-tabular">
        {t('releases.clock.due', { at: toLocalText(c.dueAt, tz), start: toLocalText(c.startAt, tz) })}
      </div>
    </div>
  );
}

/** The desk's release clocks: every open incident's that still runs or ran late. Nothing when none. */
export function ReleaseClocksCard() {
  const { t } = useTranslation();
  const q = useApiQuery('releases.clocks', {});
  const shown = (q.data?.clocks ?? []).filter((c) => !c.doneAt || c.late);
  if (shown.length === 0) return null;
  return (
    <Card title={t('releases.desk.title')} className="dr-dashboard-row" data-testid="card-release-clocks">
      <div className="dr-rel-clocks">
        {shown.map((c) => (
          <ClockLine key={`${c.incidentId}-${c.kind}`} c={c} withIncident />
        ))}
      </div>
    </Card>
  );
}
