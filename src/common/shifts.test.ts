import { describe, expect, it } from 'vitest';
import { shiftContaining } from './shifts';

const sh = (local: string) => new Date(local + '+08:00');

describe('shiftContaining (24-hour shift)', () => {
  it('08:29 belongs to the previous shift, 08:30 to the new one', () => {
    expect(shiftContaining(sh('2026-11-29T08:29:59'), 'Asia/Shanghai', '08:30')).toEqual({
      start: sh('2026-11-28T08:30:00').toISOString(),
      end: sh('2026-11-29T08:30:00').toISOString(),
    });
    expect(shiftContaining(sh('2026-11-29T08:30:00'), 'Asia/Shanghai', '08:30').start).toBe(
      sh('2026-11-29T08:30:00').toISOString(),
    );
  });

  it('crosses the month end', () => {
    expect(shiftContaining(sh('2026-12-01T03:00:00'), 'Asia/Shanghai', '08:30')).toEqual({
      start: sh('2026-11-30T08:30:00').toISOString(),
      end: sh('2026-12-01T08:30:00').toISOString(),
    });
  });
});
