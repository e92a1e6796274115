import { describe, expect, it } from 'vitest';
import { keyFigureTiles, type KeyFigures } from './KeyFiguresPage';

const figures = (over: Partial<KeyFigures> = {}): KeyFigures => ({
  month: '2026-12',
  initialOnTime: { n: 23, of: 25, rate: 23 / 25 },
  spotAnswered: { n: 4, of: 4, rate: 1 },
  checkCompliance: { n: 0, of: 0, rate: null },
  drills: { done: 3, planned: 5, campaign: '2026年应急演练工作' },
  ...over,
});

describe("the wall's key figures page", () => {
  it('shows the four figures in order: rates in %, drills done/planned', () => {
    const tiles = keyFigureTiles(figures());
    expect(tiles.map((t) => t.key)).toEqual(['initialOnTime', 'spotAnswered', 'checkCompliance', 'drills']);
    expect(tiles.map((t) => t.value)).toEqual(['92%', '100%', '—', '3/5']);
    expect(tiles[0]).toMatchObject({ n: 23, of: 25 });
  });

  it('a rate of nothing owed is a dash, never 100 %; only a rate under 90 % is low', () => {
    const tiles = keyFigureTiles(
      figures({
        initialOnTime: { n: 8, of: 9, rate: 8 / 9 },
        spotAnswered: { n: 9, of: 10, rate: 0.9 },
        drills: { done: 0, planned: 0, campaign: null },
      }),
    );
    expect(tiles.map((t) => t.low)).toEqual([true, false, false, false]);
    expect(tiles[2]!.value).toBe('—');
    expect(tiles[3]!.value).toBe('—');
  });
});
