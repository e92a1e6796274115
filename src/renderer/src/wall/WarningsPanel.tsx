import { Fragment, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
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
import { fewerNamed, useFitAgain, useRowsGivingWay } from './fit';

/** At most this many warnings on the wall, fewer if the open incidents need the room; the rest are counted. */
const SHOWN = 3;

/**
 * Warnings in force (real ones, not a drill's), gravest first: level, type and towns, and
 * 回执 x/y; red when a recipient's 回执 is overdue or a 叫应 call is late, naming the towns
 * still silent — and, once the warning has climbed a silent town's ladder (自动升级), whom it
 * went to, until that town answers; the 预警响应 started under a plan from it (and 待终止 once
 * the warning is lifted while the response runs: such a row stays shown but is not counted
 * among the warnings in force). No fact is cut, and rows keep their height: the towns of the
 * title (one line), the silent towns (two) and whom they climbed to (one) are named whole as
 * far as they fit and the rest counted; the plan's name wraps. Judged on the wall's own clock,
 * so it turns red as the minutes pass. The panel gives way to the open incidents below it,
 * which always keep one whole row: it shows fewer warnings, each whole, and counts the rest.
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
  const [ref, fits] = useRowsGivingWay<HTMLElement>(Math.min(list.length, SHOWN), warnings, namesFitted);
  const shown = list.slice(0, fits);
  const hidden = list.length - shown.length;
  // The live list keeps a lifted warning while its response runs (待终止): shown, not in force.
  const n = inForce(list, rules, now);
  return (
    <Panel
      ref={ref}
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
            ...new Set([
              ...st.filter((x) => x.s.escalate).map((x) => x.r.townName ?? x.r.unit),
              ...climbs.map((c) => c.from.townName ?? c.from.unit),
            ]),
          ];
          // Whom the silent towns' warnings climbed to: the town is named above, so the person.
          const climbed = climbs.map((c) => c.to.person || recipientName(c.to));
          const towns = w.towns.map((x) => x.name);
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
                <FittedNames
                  key={`title|${towns.join('|')}`}
                  className="dr-ww-title"
                  testId="wall-warning-title"
                  lead={
                    <>
                      <span className="dr-ww-word">{t(`warningHazard.${w.hazard}`)}</span>
                      {' · '}
                    </>
                  }
                  names={towns}
                  // One line: counted down to none named if it must (暴雨 · 13 个乡镇).
                  lines={1}
                  least={0}
                  more={(n, more) => t('warnings.wall.townsMore', { n, more })}
                  all={(n) => t('warnings.wall.towns', { n })}
                />
                {silent.length > 0 ? (
                  <FittedNames
                    key={`silent|${silent.join('|')}`}
                    className="dr-ww-silent"
                    testId="wall-warning-silent"
                    lead={t('warnings.wall.silent')}
                    names={silent}
                    lines={2}
                    least={1}
                    more={(n, more) => t('warnings.wall.townsMore', { n, more })}
                    all={(n) => t('warnings.wall.towns', { n })}
                  />
                ) : callLate ? (
                  <div className="dr-ww-silent">{t('warnings.wall.callLate')}</div>
                ) : null}
                {climbs.length > 0 ? (
                  <FittedNames
                    key={`escalated|${climbed.join('|')}`}
                    className="dr-ww-escalated"
                    testId="wall-warning-escalated"
                    lead={t('warnings.wall.escalated')}
                    names={climbed}
                    lines={1}
                    least={1}
                    more={(n, more) => t('warnings.wall.peopleMore', { n, more })}
                    all={(n) => t('warnings.wall.people', { n })}
                  />
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
      {hidden > 0 ? (
        <div className="dr-wi-more dr-ww-more" data-testid="wall-warnings-more">
          {shown.length > 0
            ? t('warnings.wall.more', { n: hidden })
            : t('warnings.wall.noneShown', { n: hidden })}
        </div>
      ) : null}
    </Panel>
  );
}

/**
 * A fact that names towns or people after its lead (暴雨 · a、b、c; 超时未回执：a、b), on at most
 * `lines` lines, each name whole (a name of several words breaks only between them). When they
 * do not all fit, as many as fit are named and the rest counted (…等 13 个乡镇) rather than a
 * name cut by an ellipsis, down to `least` named: with none, only the count (13 个乡镇); past
 * that it wraps, whole, rather than be cut. Fitted again when its width changes (the wall's
 * size) and once the fonts are in.
 */
function FittedNames({
  className,
  testId,
  lead,
  names,
  lines,
  least,
  more,
  all,
}: {
  className: string;
  testId: string;
  lead: ReactNode;
  names: string[];
  lines: number;
  least: 0 | 1;
  /** The rest counted after those named: (all of them, the rest). */
  more: (n: number, rest: number) => string;
  /** All counted, none named. */
  all: (n: number) => string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // One state, so a new fitting (from all the names) and a step down never race.
  const [fit, setFit] = useState({ round: 0, shown: names.length });
  // Fewer named while the text is laid out on too many lines (checked after every render).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || fit.shown <= least) return;
    const on = linesOf(el);
    if (on > lines) setFit((f) => ({ ...f, shown: fewerNamed(f.shown, on, lines, least) }));
  });
  // Named again from all when its width changes (the wall's size) or the fonts are in.
  useFitAgain(
    ref,
    (el) => el.getBoundingClientRect().width,
    (el) => [el],
    () => setFit((f) => ({ round: f.round + 1, shown: names.length })),
    names.length,
  );
  const named = names.slice(0, fit.shown);
  const rest = names.length - named.length;
  return (
    <div
      ref={ref}
      className={className}
      data-testid={testId}
      data-named={named.length}
      data-names={names.length}
      data-lines={lines}
      data-least={least}
    >
      {lead}
      {named.map((name, i) => (
        <Fragment key={`${i}|${name}`}>
          {i > 0 ? t('list.comma') : null}
          <Words text={name} />
        </Fragment>
      ))}
      {rest > 0 ? (
        <>
          {named.length > 0 ? ' ' : null}
          <span className="dr-ww-word">
            {named.length > 0 ? more(names.length, rest) : all(names.length)}
          </span>
        </>
      ) : null}
    </div>
  );
}

/** Whether every FittedNames in the panel is done: on its lines, or named down to its least. */
function namesFitted(panel: HTMLElement): boolean {
  return [...panel.querySelectorAll<HTMLElement>('[data-lines]')].every(
    (el) => Number(el.dataset.named) <= Number(el.dataset.least) || linesOf(el) <= Number(el.dataset.lines),
  );
}

/** A name or count, each of its words whole on a line (a break only where it has a space). */
function Words({ text }: { text: string }) {
  return text.split(' ').map((word, i) => (
    <Fragment key={i}>
      {i > 0 ? ' ' : null}
      <span className="dr-ww-word">{word}</span>
    </Fragment>
  ));
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
