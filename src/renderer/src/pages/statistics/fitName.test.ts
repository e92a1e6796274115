import { describe, expect, it } from 'vitest';
import { fitName } from './fitName';

describe('fitName', () => {
  it('keeps a name that fits', () => {
    expect(fitName('城关街道', 48)).toBe('城关街道');
    expect(fitName('12-01', 36)).toBe('12-01');
  });
  it('cuts a longer name to the room it has, with an ellipsis', () => {
    expect(fitName('城关街道办事处', 48)).toBe('城关街…');
    expect(fitName('道路交通事故', 104)).toBe('道路交通事故');
    expect(fitName('危险化学品泄漏爆炸事故', 104)).toBe('危险化学品泄漏…');
  });
  it('counts Latin letters narrower than Chinese ones', () => {
    expect(fitName('Road traffic accident', 104)).toBe('Road traffic…');
  });
});
