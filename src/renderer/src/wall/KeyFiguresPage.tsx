import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../common/contract';
import { LOW_RATE, type KeyFigure } from '../../../common/domain/statistics';
import type { TKey } from '../i18n/keys';
import './wall-figures.css';

export type KeyFigures = OutputOf<'stats.keyFigures'>;

export interface KeyFigureTile {
  key: KeyFigure;
  /** The headline: a percentage, `done/planned`, or '—' while nothing was owed. */
  value: string;
  /** What it is out of: "23 / 25", or the campaign's name. */
  n: number;
  of: number;
  low: boolean;
}

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);

/**
 * This month's four key figures as the wall and the desk show them: 初报 on time, 查岗
 * answered in the limit, equipment checks kept, drills done of those planned. A rate of
 * nothing owed is '—', never 100 %.
 */
export function keyFigureTiles(f: KeyFigures): KeyFigureTile[] {
  const rate = (key: KeyFigureTile['key'], s: { n: number; of: number; rate: number | null }) => ({
    key,
    value: pct(s.rate),
    n: s.n,
    of: s.of,
    // A rate under LOW_RATE shows in the late colour: the room reads a shortfall at a glance.
    low: s.rate !== null && s.rate < LOW_RATE,
  });
  return [
    rate('initialOnTime', f.initialOnTime),
    rate('spotAnswered', f.spotAnswered),
    rate('checkCompliance', f.checkCompliance),
    {
      key: 'drills',
      value: f.drills.planned > 0 ? `${f.drills.done}/${f.drills.planned}` : '—',
      n: f.drills.done,
      of: f.drills.planned,
      low: false,
    },
  ];
}

/** The title of the page: the month it counts. */
export function keyFiguresTitle(t: (k: TKey, o?: Record<string, unknown>) => string, f: KeyFigures): string {
  return t('statistics.wall.title', { month: Number(f.month.slice(5, 7)) });
}

/**
 * The rotating panel's page of this month's key figures (stats.keyFigures), in
 * four lines: its name, what it is out of, the figure; under them the legend of the
 * late colour (红色：低于 90%), as the desk's card has it. One row of the panel's list.
 */
export function KeyFiguresRow({ figures }: { figures: KeyFigures }) {
  const { t } = useTranslation();
  return (
    <li className="dr-wkf" data-testid="wall-key-figures">
      {keyFigureTiles(figures).map((x) => (
        <div
          key={x.key}
          className={`dr-wkf-tile${x.low ? ' dr-wkf-low' : ''}`}
          data-testid={`wall-key-${x.key}`}
          data-low={x.low}
        >
          <span className="dr-wkf-label">{t(`statistics.wall.${x.key}`)}</span>
          {x.key === 'drills' || x.of === 0 ? null : (
            <span className="dr-wkf-of dr-wall-num">{t('statistics.key.of', { n: x.n, of: x.of })}</span>
          )}
          <span className="dr-wkf-value dr-wall-num">{x.value}</span>
        </div>
      ))}
      <div className="dr-wkf-legend" data-testid="wall-key-legend">
        <span className="dr-wkf-swatch" aria-hidden />
        <span>{t('statistics.key.low', { pct: Math.round(LOW_RATE * 100) })}</span>
      </div>
    </li>
  );
}
