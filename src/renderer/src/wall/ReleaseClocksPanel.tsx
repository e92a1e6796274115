import { useTranslation } from 'react-i18next';
import type { ReleaseClockView } from '../../../common/contract/releases';
import type { Grade } from '../../../common/domain/incidents';
import { CLOCK_KINDS } from '../../../common/domain/releases';
import { Countdown } from '../components/Countdown';
import { GradeChip } from './GradeChip';
import { Panel } from './Panel';
import { shortTime } from './format';
import './wall-releases.css';

/** Incidents the panel shows before "另有 N 起": it takes its height from the map. */
const SHOWN = 2;

/** The grades whose release clocks the wall shows (特别重大/重大: 权威信息 5 h, 发布会 24 h). */
const WALL_GRADES: ReadonlySet<Grade> = new Set(['I', 'II']);

export interface IncidentClocks {
  incidentId: string;
  incidentTitle: string;
  grade: Grade;
  clocks: ReleaseClockView[];
}

/**
 * The Ⅰ/Ⅱ incidents whose release clocks matter now, most urgent first: an incident stays
 * while one of its clocks still runs or was missed; one whose every clock stopped in time
 * leaves the wall. Each keeps all its clocks, the stopped ones showing when they stopped.
 */
export function wallReleaseClocks(clocks: readonly ReleaseClockView[]): IncidentClocks[] {
  const by = new Map<string, IncidentClocks>();
  for (const c of clocks) {
    if (c.drill || !WALL_GRADES.has(c.grade)) continue;
    const row = by.get(c.incidentId) ?? {
      incidentId: c.incidentId,
      incidentTitle: c.incidentTitle,
      grade: c.grade,
      clocks: [],
    };
    row.clocks.push(c);
    by.set(c.incidentId, row);
  }
  const urgency = (r: IncidentClocks) =>
    r.clocks
      .filter((c) => !c.doneAt)
      .map((c) => c.dueAt)
      .sort()[0] ?? '9999';
  return [...by.values()]
    .filter((r) => r.clocks.some((c) => !c.doneAt || c.late))
    .map((r) => ({ ...r, clocks: [...r.clocks].sort((a, b) => a.dueAt.localeCompare(b.dueAt)) }))
    .sort((a, b) => a.grade.localeCompare(b.grade) || urgency(a).localeCompare(urgency(b)));
}

/** Late: a running clock past its time, or one that stopped late. */
function isLate(c: ReleaseClockView, now: number): boolean {
  return c.doneAt ? c.late : new Date(c.dueAt).getTime() < now;
}

/**
 * 信息发布时限 on the wall: the release clocks of open Ⅰ/Ⅱ incidents (real ones, not a
 * drill's), one line each under the clocks' names: 权威信息 and 新闻发布会 counting down on
 * the wall's own clock, red once late, stopped at the first release of their kind. Shown
 * only while there is one, under the map (it needs the width, and the incidents keep theirs).
 */
export function ReleaseClocksPanel({ rows, now, tz }: { rows: IncidentClocks[]; now: number; tz: string }) {
  const { t, i18n } = useTranslation();
  const shown = rows.slice(0, SHOWN);
  return (
    <Panel
      area="releases"
      testId="wall-releases"
      title={t('releases.wall.title')}
      extra={
        <span className="dr-wall-num">
          {rows.length > SHOWN
            ? t('releases.wall.more', { n: rows.length - SHOWN })
            : t('releases.wall.count', { n: rows.length })}
        </span>
      }
    >
      <div className="dr-wrl-grid dr-wrl-labels" aria-hidden>
        <span />
        {CLOCK_KINDS.map((k) => (
          <span key={k} className="dr-wrl-kind">
            {t(`releaseClock.${k}`)}
          </span>
        ))}
      </div>
      <ol className="dr-wrl-list">
        {shown.map((r) => {
          const late = r.clocks.some((c) => isLate(c, now));
          return (
            <li
              key={r.incidentId}
              className={`dr-wrl-grid dr-wrl-row${late ? ' dr-wrl-late' : ''}`}
              data-testid="wall-release"
              data-incident={r.incidentId}
              data-late={late}
            >
              <div className="dr-wrl-head">
                <GradeChip grade={r.grade} />
                <span className="dr-wrl-title">{r.incidentTitle}</span>
              </div>
              {CLOCK_KINDS.map((kind) => {
                const c = r.clocks.find((x) => x.kind === kind);
                if (!c)
                  return (
                    <span key={kind} className="dr-wrl-none">
                      —
                    </span>
                  );
                return (
                  <div
                    key={kind}
                    className="dr-wrl-clock"
                    data-testid="wall-release-clock"
                    data-kind={kind}
                    data-done={c.doneAt ? '1' : '0'}
                    data-late={isLate(c, now)}
                  >
                    {c.doneAt ? (
                      <span
                        className={`dr-wrl-done dr-wall-num${c.late ? ' dr-wrl-done-late' : ''}`}
                        data-testid="wall-release-done"
                      >
                        {t(c.late ? 'releases.wall.doneLate' : 'releases.wall.done', {
                          at: shortTime(c.doneAt, now, i18n.language, tz),
                        })}
                      </span>
                    ) : (
                      <Countdown dueAt={c.dueAt} className="dr-wrl-countdown" />
                    )}
                  </div>
                );
              })}
            </li>
          );
        })}
      </ol>
    </Panel>
  );
}
