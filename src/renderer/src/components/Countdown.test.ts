import { describe, expect, it } from 'vitest';
import { dueState } from './Countdown';

// The countdown's words are time/duration.ts's (tested there); its colour state is here.
describe('dueState', () => {
  const due = '2026-11-29T02:00:00.000Z';
  const at = (iso: string) => new Date(iso).getTime();
  it('is ok beyond 15 minutes, soon within them, overdue once past', () => {
    expect(dueState(due, at('2026-11-29T01:44:59.000Z'))).toBe('ok');
    expect(dueState(due, at('2026-11-29T01:45:00.001Z'))).toBe('soon');
    expect(dueState(due, at('2026-11-29T02:00:00.000Z'))).toBe('soon');
    expect(dueState(due, at('2026-11-29T02:00:00.001Z'))).toBe('overdue');
  });
});
