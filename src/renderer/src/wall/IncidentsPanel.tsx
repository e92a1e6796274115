import { useTranslation } from 'react-i18next';
import type { IncidentSummary } from '../../../common/contract/incidents';
import { Countdown } from '../components/Countdown';
import { GradeChip } from './GradeChip';
import { Panel } from './Panel';
import { shortTime } from './format';
import { PULSE_MS } from './alarms';
import { rowsThatFit, useHeight } from './fit';
import { rowsShown } from './rows';

/** Row height in wall units (wall.css: .dr-wi-row). */
const ROW_U = 88;
/** The 另有 N 起 line's height in wall units (wall.css: .dr-wi-more, 10 + 24 × 1.3): less than a row. */
const MORE_U = 42;

/**
 * Open incidents, gravest first and then most urgent (the host's gravity order: a new
 * Ⅰ/Ⅱ级 is above older overdue Ⅲ/Ⅳ级, never lost under 另有 N 起), each with its next
 * reporting deadline counting down; overdue ones red; newly arrived ones pulse for a
 * few minutes.
 */
export function IncidentsPanel({
  items,
  total,
  arrived,
  now,
  tz,
  u,
}: {
  items: IncidentSummary[] | undefined;
  total: number;
  arrived: ReadonlyMap<string, number>;
  now: number;
  tz: string;
  u: number;
}) {
  const { t, i18n } = useTranslation();
  const [listRef, height] = useHeight<HTMLOListElement>();
  const fits = rowsThatFit(height, ROW_U, u);
  const list = items ?? [];
  const overdue = list.filter((i) => i.nextDue && new Date(i.nextDue.dueAt).getTime() < now).length;
  const shown = rowsShown(
    list,
    fits,
    (id) => {
      const since = arrived.get(id);
      return since !== undefined && now - since < PULSE_MS;
    },
    // The rows above the 另有 N 起 line: it takes its own height, not a row's.
    rowsThatFit(height - MORE_U * u, ROW_U, u),
  );
  const hidden = total - shown.length;
  return (
    <Panel
      area="incidents"
      testId="wall-incidents"
      title={t('wall.incidents.title')}
      extra={
        <>
          <span className="dr-wall-num" data-testid="wall-open-count">
            {t('wall.incidents.count', { n: total })}
          </span>
          {overdue > 0 ? (
            <span className="dr-wi-overdue-count" data-testid="wall-overdue-count">
              {t('wall.incidents.overdue', { n: overdue })}
            </span>
          ) : null}
        </>
      }
    >
      <ol className="dr-wi-list" ref={listRef}>
        {items && list.length === 0 ? <li className="dr-wall-empty">{t('wall.incidents.empty')}</li> : null}
        {shown.map((inc) => {
          const late = inc.nextDue !== null && new Date(inc.nextDue.dueAt).getTime() < now;
          const since = arrived.get(inc.id);
          const fresh = since !== undefined && now - since < PULSE_MS;
          return (
            <li
              key={inc.id}
              className={`dr-wi-row${late ? ' dr-wi-late' : ''}${fresh ? ' dr-wi-new' : ''}`}
              data-testid="wall-incident"
              data-grade={inc.grade}
              data-new={fresh ? 'true' : undefined}
            >
              {/*
                The grade, and under it the 响应 when one is in force: beside the countdown there
                is no room for it once a deadline is hours past ("书面报告 已超时 16小时28分").
              */}
              <div className="dr-wi-tags">
                <GradeChip grade={inc.grade} />
                {inc.response ? (
                  <span className="dr-wi-response" data-testid="wall-response">
                    {t('plans.response.badge', { level: inc.response.level })}
                  </span>
                ) : null}
              </div>
              {/*
                The first line names the incident (its title, cut if long) and when it was
                received; the second where, beside the countdown. Facts are never cut: the title
                and the town give way, and the town is left out when the title names it.
              */}
              <div className="dr-wi-main">
                <div className="dr-wi-head">
                  <div className="dr-wi-title">{inc.title}</div>
                  <span className="dr-tabular dr-wi-received" data-testid="wall-incident-received">
                    {t('wall.incidents.received', {
                      time: shortTime(inc.receivedAt, now, i18n.language, tz),
                    })}
                  </span>
                </div>
                <div className="dr-wi-line2">
                  <div className="dr-wi-meta">
                    {fresh ? <span className="dr-wi-new-tag">{t('wall.incidents.new')}</span> : null}
                    {inc.townName && !inc.title.includes(inc.townName) ? (
                      <span className="dr-wi-town">{inc.townName}</span>
                    ) : null}
                  </div>
                  <div className="dr-wi-due">
                    {inc.nextDue ? (
                      <Countdown
                        dueAt={inc.nextDue.dueAt}
                        kind={inc.nextDue.kind}
                        className="dr-wi-countdown"
                      />
                    ) : (
                      <span className="dr-wi-nodue">{t('wall.incidents.noDeadline')}</span>
                    )}
                  </div>
                </div>
              </div>
            </li>
          );
        })}
        {hidden > 0 ? (
          <li className="dr-wi-more" data-testid="wall-incidents-more">
            {t('wall.incidents.more', { n: hidden })}
          </li>
        ) : null}
      </ol>
    </Panel>
  );
}
