import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { StatPeriod, StatsOverview } from '../../../common/contract/stats';
import { CATEGORIES, GRADE_COLORS, GRADES } from '../../../common/domain/incidents';
import { GradeChip } from './GradeChip';
import { Panel } from './Panel';
import { percent } from './format';

// Red, orange, yellow and blue belong to the grades (theme.ts): the periods use other hues.
const PERIOD_COLORS: Record<StatPeriod, string> = { 1: '#2dd4bf', 7: '#a78bfa', 30: '#94a3b8' };
const DAY_BAR = '#2dd4bf';
const TODAY_BAR = '#e2e8f0';
const INK = '#c9d6e8';
const GRID = '#1c3458';

type Periods = Partial<Record<StatPeriod, StatsOverview>>;
// Zero-padded so the legend, sorted by key, reads today, 7 days, 30 days.
const periodKey = (p: StatPeriod) => `p${String(p).padStart(2, '0')}`;

/**
 * Memoised: the board re-renders every second for its clock; the charts only when a
 * count changes.
 *
 * Today and the last 7 and 30 days: intakes and closure rate per period, by grade
 * (chips in the grade colours), intakes per day, by category. Charts draw without
 * animation: the wall redraws on every change and must not replay transitions.
 * Beside the county map (`compact`) the panel is one strip of the three periods'
 * figures: the map is the centre of the board, the charts are for a board without one.
 */
export const StatsPanel = memo(function StatsPanel({
  periods,
  u,
  compact,
}: {
  periods: Periods;
  u: number;
  compact: boolean;
}) {
  const { t } = useTranslation();
  const font = Math.round(24 * u);
  const tick = { fill: INK, fontSize: font };
  const month = periods[30];
  const perDay = (month?.perDay ?? []).map((d, i, all) => ({
    date: d.date.slice(5),
    count: d.count,
    today: i === all.length - 1,
  }));
  // Labelled days: as many as fit at 24 px, the last (today) always.
  const step = 5;
  const dayTicks = perDay.filter((_, i, all) => (all.length - 1 - i) % step === 0).map((d) => d.date);
  const byCategory = CATEGORIES.map((c) => ({
    name: t(`category.${c}`),
    p01: periods[1]?.byCategory[c] ?? 0,
    p07: periods[7]?.byCategory[c] ?? 0,
    p30: periods[30]?.byCategory[c] ?? 0,
  }));
  const byGrade = GRADES.filter((g) => g !== 'unrated' || (month?.byGrade.unrated ?? 0) > 0).map((g) => ({
    grade: g,
    name: t(`gradeShort.${g}`),
    n: month?.byGrade[g] ?? 0,
  }));

  const perDayChart = (
    <div className="dr-ws-chart dr-ws-perday">
      <div className="dr-ws-chart-title">{t('wall.stats.perDay')}</div>
      <div className="dr-ws-chart-box">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={perDay} margin={{ top: 28 * u, right: 8 * u, left: 0, bottom: 0 }}>
            <CartesianGrid stroke={GRID} vertical={false} />
            <XAxis
              dataKey="date"
              tick={tick}
              ticks={dayTicks}
              interval={0}
              height={34 * u}
              tickLine={false}
              axisLine={{ stroke: GRID }}
            />
            <YAxis
              allowDecimals={false}
              tickCount={5}
              tick={tick}
              width={44 * u}
              axisLine={false}
              tickLine={false}
            />
            <Bar dataKey="count" isAnimationActive={false}>
              {perDay.map((d) => (
                <Cell key={d.date} fill={d.today ? TODAY_BAR : DAY_BAR} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
  const categoryChart = (series: StatPeriod[]) => (
    <div className="dr-ws-chart">
      <div className="dr-ws-chart-title">
        {t(series.length > 1 ? 'wall.stats.byCategory' : 'wall.stats.byCategory30')}
      </div>
      <div className="dr-ws-chart-box">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={byCategory}
            layout="vertical"
            margin={{ top: 0, right: 48 * u, left: 0, bottom: 0 }}
          >
            <XAxis type="number" hide allowDecimals={false} />
            <YAxis
              type="category"
              dataKey="name"
              tick={tick}
              width={130 * u}
              axisLine={false}
              tickLine={false}
            />
            {series.length > 1 ? (
              <Legend
                itemSorter="dataKey"
                verticalAlign="top"
                height={36 * u}
                wrapperStyle={{ fontSize: font, color: INK }}
                iconSize={16 * u}
              />
            ) : null}
            {series.map((p) => (
              <Bar
                key={p}
                dataKey={periodKey(p)}
                name={t(`wall.stats.period.${p}`)}
                fill={PERIOD_COLORS[p]}
                isAnimationActive={false}
              >
                <LabelList dataKey={periodKey(p)} position="right" fill={INK} fontSize={font} />
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
  const gradeChart = (
    <div className="dr-ws-chart">
      <div className="dr-ws-chart-title">{t('wall.stats.byGrade')}</div>
      <div className="dr-ws-chart-box">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={byGrade} margin={{ top: 32 * u, right: 8 * u, left: 8 * u, bottom: 0 }}>
            <XAxis dataKey="name" tick={tick} height={34 * u} tickLine={false} axisLine={{ stroke: GRID }} />
            <YAxis hide allowDecimals={false} />
            <Bar dataKey="n" isAnimationActive={false}>
              {byGrade.map((g) => (
                <Cell key={g.grade} fill={GRADE_COLORS[g.grade]} />
              ))}
              <LabelList dataKey="n" position="top" fill={INK} fontSize={font} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );

  return (
    <Panel area="stats" testId="wall-stats" title={t('wall.stats.title')}>
      <div className={`dr-ws${compact ? ' dr-ws-compact' : ''}`}>
        <div className="dr-ws-kpis">
          {([1, 7, 30] as const).map((p) => {
            const s = periods[p];
            return (
              <div className="dr-ws-kpi" key={p} data-testid={`wall-stats-${p}`}>
                <div className="dr-ws-kpi-label">
                  <span>{t(`wall.stats.period.${p}`)}</span>
                  <span className="dr-ws-kpi-open">
                    {t('wall.stats.open')}
                    <strong className="dr-wall-num">{s ? s.open : '—'}</strong>
                  </span>
                </div>
                <div className="dr-ws-kpi-main">
                  <span className="dr-ws-kpi-num dr-wall-num" data-testid={`wall-stats-${p}-total`}>
                    {s ? s.total : '—'}
                  </span>
                  <span className="dr-ws-kpi-unit">{t('wall.stats.intakes')}</span>
                </div>
                <div className="dr-ws-kpi-line">
                  <span>{t('wall.stats.closure')}</span>
                  <strong className="dr-wall-num" data-testid={`wall-stats-${p}-rate`}>
                    {(s && percent(s.closureRate)) ?? t('wall.stats.none')}
                  </strong>
                </div>
                {compact ? null : (
                  <div className="dr-ws-kpi-grades">
                    {(['I', 'II', 'III', 'IV'] as const).map((g) => (
                      <span key={g} className="dr-ws-kpi-grade">
                        <GradeChip grade={g} />
                        <strong className="dr-wall-num">{s ? s.byGrade[g] : '—'}</strong>
                      </span>
                    ))}
                  </div>
                )}
              </div>
            );
          })}
        </div>
        {compact ? null : (
          <>
            {perDayChart}
            <div className="dr-ws-row">
              {categoryChart([1, 7, 30])}
              {gradeChart}
            </div>
          </>
        )}
      </div>
    </Panel>
  );
});
