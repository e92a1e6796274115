import { describe, expect, it } from 'vitest';
import { rankHits, relevance, type Rankable } from './searchRank';

const hit = (label: string, over: Partial<Rankable> = {}): Rankable => ({
  label,
  sub: '',
  current: true,
  ...over,
});
const labels = (hs: Rankable[]) => hs.map((h) => h.label);

describe('map search ranking', () => {
  it('scores exact, prefix, in the name, elsewhere; no hit unless every word matches', () => {
    expect(relevance(hit('青石镇'), '青石镇')).toBe(0);
    expect(relevance(hit('青石镇中心小学'), '青石镇')).toBe(1);
    expect(relevance(hit('石门镇青石村'), '青石')).toBe(2);
    expect(relevance(hit('城关街道火灾', { sub: '2026-0012 · 处置中' }), '处置中')).toBe(3);
    expect(relevance(hit('城关街道火灾', { code: '2026-0012' }), '2026-0012')).toBe(0);
    expect(relevance(hit('城关街道火灾', { code: '2026-0012' }), '2026-00')).toBe(1);
    expect(relevance(hit('青石镇石坝村滑坡'), '青石 滑坡')).toBe(2);
    expect(relevance(hit('青石镇石坝村滑坡'), '青石 火灾')).toBeNull();
    expect(relevance(hit('青石镇'), '   ')).toBeNull();
    expect(relevance(hit('Hospital A'), 'hosp')).toBe(1);
  });

  it('puts open incidents and places before closed incidents, whatever the match', () => {
    const closedExact = hit('石坝村滑坡', { current: false });
    const openSub = hit('石坝村三组后山滑坡');
    expect(labels(rankHits([closedExact, openSub], '石坝村滑坡', 10))).toEqual(['石坝村滑坡']);
    expect(labels(rankHits([closedExact, openSub], '滑坡', 10))).toEqual([
      '石坝村三组后山滑坡',
      '石坝村滑坡',
    ]);
  });

  it('orders by relevance, then as given — not alphabetically', () => {
    const items = [
      hit('白沙镇青石村停电'),
      hit('青石镇中心小学'),
      hit('青石镇'),
      hit('阿青石储备库'),
      hit('青石镇卫生院'),
    ];
    expect(labels(rankHits(items, '青石镇', 10))).toEqual(['青石镇', '青石镇中心小学', '青石镇卫生院']);
    expect(labels(rankHits(items, '青石', 10))).toEqual([
      '青石镇中心小学',
      '青石镇',
      '青石镇卫生院',
      '白沙镇青石村停电',
      '阿青石储备库',
    ]);
    expect(labels(rankHits(items, '青石', 2))).toEqual(['青石镇中心小学', '青石镇']);
  });
});
