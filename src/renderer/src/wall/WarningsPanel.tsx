import { Fragment, useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { WarningView } from '../../../common/contract/warnings';
import { GRADE_COLORS } from '../../../common/domain/incidents';
import type { WarningRules } from '../../../common/domain/warnings';
import {
  ackCounts,
  inForce,
  openEscalations,
  recipientName,
  responseMark,
  statusOf,
} from '../pages/warnings/useWarningClock';
import { Panel } from './Panel';

/** At most this many warnings on the wall; the rest are counted. */
const SHOWN = 3;

/**
 * Warnings in force (real ones, not a drill's), gravest first: level, type and towns, and
 * 回执 x/y; red when a recipient's 回执 is overdue or a 叫应 call is late, naming the towns
 * still silent — and, once the warning has climbed a silent town's ladder (自动升级), whom it
 * went to, until that town answers; the 预警响应 started under a plan from it (and 待终止 once
 * the warning is lifted while the response runs: such a row stays shown but is not counted
 * among the warnings in force). The plan's name wraps rather than being cut. Judged on the
 * wall's own clock, so it turns red as the minutes pass.
 */
export function WarningsPanel({
  warnings,
  rules,
  now,
}: {
  warnings: WarningView[];
  rules: WarningRules;
  now: number;
}) {
  const { t } = useTranslation();
  const list = [...warnings].sort(
    (a, b) => a.level.localeCompare(b.level) || b.receivedAt.localeCompare(a.receivedAt),
  );
  const shown = list.slice(0, SHOWN);
  // The live list keeps a lifted warning while its response runs (待终止): shown, not in force.
  const n = inForce(list, rules, now);
  return (
    <Panel
      area="warnings"
      testId="wall-warnings"
      title={t('warnings.wall.title')}
      extra={
        <span className="dr-wall-num" data-testid="wall-warnings-count">
          {n === list.length
            ? t('warnings.wall.count', { n })
            : t('warnings.wall.countToEnd', { n, m: list.length - n })}
        </span>
      }
    >
      <ol className="dr-ww-list">
        {shown.map((w) => {
          const c = ackCounts(w, rules, now);
          const st = w.recipients.map((r) => ({ r, s: statusOf(r, rules, now) }));
          // Silent towns: overdue and not escalated yet, or escalated and still unanswered.
          const climbs = openEscalations(w);
          const silent = [
            ...st.filter((x) => x.s.escalate).map((x) => x.r.townName ?? x.r.unit),
            ...climbs.map((c) => c.from.townName ?? c.from.unit),
          ];
          const callLate = st.some((x) => !x.r.ack && !x.r.escalatedTo && x.s.callLate);
          const late = silent.length > 0 || callLate;
          const response = responseMark(w, rules, now);
          return (
            <li
              key={w.id}
              className={`dr-ww-row${late ? ' dr-ww-late' : ''}`}
              data-testid="wall-warning"
              data-late={late}
            >
              <span
                className={`dr-wall-grade${w.level === 'III' ? ' dr-wall-grade-dark' : ''}`}
                style={{ '--grade': GRADE_COLORS[w.level] } as CSSProperties}
              >
                {t(`warningColour.${w.level}`)}
              </span>
              <div className="dr-ww-main">
                <div className="dr-ww-title">
                  {t(`warningHazard.${w.hazard}`)} · {w.towns.map((x) => x.name).join(t('list.comma'))}
                </div>
                {silent.length > 0 ? (
                  <SilentTowns key={[...new Set(silent)].join('|')} towns={[...new Set(silent)]} />
                ) : callLate ? (
                  <div className="dr-ww-silent">{t('warnings.wall.callLate')}</div>
                ) : null}
                {climbs.length > 0 ? (
                  <div className="dr-ww-escalated" data-testid="wall-warning-escalated">
                    {t('warnings.wall.escalated', {
                      // The town is named above: the person it climbed to, short enough for the row.
                      who: climbs.map((c) => c.to.person || recipientName(c.to)).join(t('list.comma')),
                    })}
                  </div>
                ) : null}
                {response ? (
                  <div
                    className="dr-ww-response"
                    data-testid="wall-warning-response"
                    data-level={response.level}
                    data-to-end={response.toEnd}
                  >
                    {t('warnings.wall.response', { level: response.level, plan: response.planName })}
                    {response.toEnd ? (
                      <span className="dr-ww-to-end" data-testid="wall-warning-to-end">
                        {' '}
                        {t('warnings.response.toEnd')}
                      </span>
                    ) : null}
                  </div>
                ) : null}
              </div>
              <div className="dr-ww-acks" data-testid="wall-warning-acks">
                <span className="dr-ww-acks-label">{t('warnings.col.ack')}</span>
                <strong className="dr-wall-num">{w.recipients.length ? t('warnings.acks', c) : '—'}</strong>
              </div>
            </li>
          );
        })}
      </ol>
      {list.length > SHOWN ? (
        <div className="dr-wi-more">{t('warnings.wall.more', { n: list.length - SHOWN })}</div>
      ) : null}
    </Panel>
  );
}

/**
 * 超时未回执: the silent towns, on at most two lines (.dr-ww-silent's max-height), each name
 * whole. When they do not all fit, as many as fit are named and the rest counted
 * (…等 8 个乡镇) rather than a name cut by an ellipsis. Fitted again when the row's width
 * changes (the wall's size) and once the fonts are in.
 */
function SilentTowns({ towns }: { towns: string[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // One state, so a new fitting (from all the towns) and a step down never race.
  const [fit, setFit] = useState({ round: 0, shown: towns.length });
  // Fewer named while the list is laid out on more than two lines (checked after every render).
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && fit.shown > 1 && linesOf(el) > 2) setFit((f) => ({ ...f, shown: f.shown - 1 }));
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const again = () => setFit((f) => ({ round: f.round + 1, shown: towns.length }));
    let width = el.getBoundingClientRect().width;
    const ro =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(([e]) => {
            const w = e?.contentRect.width ?? width;
            if (Math.abs(w - width) > 0.5) {
              width = w;
              again();
            }
          });
    ro?.observe(el);
    let live = true;
    void document.fonts?.ready.then(() => {
      if (live) again();
    });
    return () => {
      live = false;
      ro?.disconnect();
    };
  }, [towns.length]);
  const named = towns.slice(0, fit.shown);
  const rest = towns.length - named.length;
  return (
    <div
      ref={ref}
      className="dr-ww-silent"
      data-testid="wall-warning-silent"
      data-named={named.length}
      data-towns={towns.length}
    >
      {t('warnings.wall.silent')}
      {named.map((name, i) => (
        <Fragment key={name}>
          {i > 0 ? t('list.comma') : null}
          <span className="dr-ww-town">{name}</span>
        </Fragment>
      ))}
      {rest > 0 ? (
        <>
          {' '}
          <span className="dr-ww-town">{t('warnings.wall.silentMore', { n: towns.length, more: rest })}</span>
        </>
      ) : null}
    </div>
  );
}

/**
 * The lines an element's text is laid out on: its boxes grouped by where they sit (not its
 * height: digits from another font make a line taller than its line-height).
 */
function linesOf(el: HTMLElement): number {
  const range = document.createRange();
  range.selectNodeContents(el);
  const boxes = [...range.getClientRects()]
    .filter((r) => r.width > 0 && r.height > 0)
    .sort((a, b) => a.top - b.top);
  let lines = 0;
  let bottom = -Infinity;
  for (const r of boxes) {
    if ((r.top + r.bottom) / 2 > bottom) {
      lines++;
      bottom = r.bottom;
    }
  }
  return lines;
}
