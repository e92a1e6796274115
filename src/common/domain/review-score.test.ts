import { describe, expect, it } from 'vitest';
import { DEFAULT_EVALUATION_TEMPLATES, type EvaluationItem } from './review';
import { scoreEvaluation } from './review-score';

const items: EvaluationItem[] = [
  { key: 'a', phase: 'warning', label: 'A', criterion: '', scale: 'grade', points: 10 },
  { key: 'b', phase: 'warning', label: 'B', criterion: '', scale: 'grade', points: 10 },
  { key: 'c', phase: 'command', label: 'C', criterion: '', scale: 'points', points: 20 },
];

describe('scoreEvaluation', () => {
  it('weighs 达标 in full, 基本达标 by the share, 未达标 at nothing, points as given', () => {
    const s = scoreEvaluation(
      items,
      [
        { key: 'a', grade: 'met', points: null, note: '' },
        { key: 'b', grade: 'partly', points: null, note: '' },
        { key: 'c', grade: null, points: 5, note: '' },
      ],
      0.6,
    );
    expect(s.earned).toBe(21);
    expect(s.possible).toBe(40);
    expect(s.percent).toBe(52.5);
    expect([s.met, s.partly, s.notMet, s.unscored]).toEqual([1, 2, 0, 0]);
    expect(s.complete).toBe(true);
    expect(s.phases.map((p) => [p.phase, p.percent])).toEqual([
      ['warning', 80],
      ['command', 25],
    ]);
  });

  it('leaves unscored items out of the percentage and says the evaluation is not complete', () => {
    const s = scoreEvaluation(items, [{ key: 'a', grade: 'not_met', points: null, note: '' }], 0.6);
    expect(s.percent).toBe(0);
    expect(s.notMet).toBe(1);
    expect(s.unscored).toBe(2);
    expect(s.complete).toBe(false);
    expect(s.phases.find((p) => p.phase === 'command')!.percent).toBeNull();
  });

  it('caps points at the item weight and an empty evaluation has no percentage', () => {
    expect(scoreEvaluation(items, [{ key: 'c', grade: null, points: 99, note: '' }], 0.6).earned).toBe(20);
    expect(scoreEvaluation(items, [], 0.6).percent).toBeNull();
  });

  it('the default templates cover all nine phases with unique keys', () => {
    for (const list of Object.values(DEFAULT_EVALUATION_TEMPLATES)) {
      expect(new Set(list.map((i) => i.phase)).size).toBe(9);
      expect(new Set(list.map((i) => i.key)).size).toBe(list.length);
    }
  });
});
