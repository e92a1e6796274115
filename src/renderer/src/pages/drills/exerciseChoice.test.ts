import { describe, expect, it } from 'vitest';
import { ExerciseChoice } from './exerciseChoice';

describe('the 演练 switch choice', () => {
  it('defaults to the running drill and lets an ended one go', () => {
    const c = new ExerciseChoice();
    expect(c.drillFor('intake', ['d1'], null)).toBe('d1');
    expect(c.drillFor('intake', [], 'd1')).toBeNull();
  });

  it('keeps "off" for the form it was said on, not for the others', () => {
    const c = new ExerciseChoice();
    c.set('intake', 'd1', false);
    expect(c.drillFor('intake', ['d1'], null)).toBeNull();
    expect(c.drillFor('check', ['d1'], null)).toBe('d1');
    expect(c.drillFor('fault', ['d1'], null)).toBe('d1');
  });

  it('keeps "off" for the drill it was said about: a later drill is drill traffic again', () => {
    const c = new ExerciseChoice();
    c.set('intake', 'd1', false);
    expect(c.drillFor('intake', ['d1', 'd2'], null)).toBe('d2');
  });

  it('switched on again, the form carries the drill again', () => {
    const c = new ExerciseChoice();
    c.set('check', 'd1', false);
    c.set('check', 'd1', true);
    expect(c.drillFor('check', ['d1'], null)).toBe('d1');
  });

  it('keeps what the form carries while that drill runs', () => {
    const c = new ExerciseChoice();
    expect(c.drillFor('intake', ['d1', 'd2'], 'd2')).toBe('d2');
  });
});
