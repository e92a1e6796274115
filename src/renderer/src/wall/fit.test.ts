import { describe, expect, it } from 'vitest';
import { roomInColumn, rowsThatFit } from './fit';

describe('what fits on the wall', () => {
  it('rows of a fixed height: as many as fit, at least one', () => {
    expect(rowsThatFit(264, 88, 1)).toBe(3);
    expect(rowsThatFit(263, 88, 1)).toBe(2);
    expect(rowsThatFit(528, 88, 2)).toBe(3);
    expect(rowsThatFit(40, 88, 1)).toBe(1);
  });

  it('a panel that gives way has its own height and what the growing panels hold above their least', () => {
    // The incidents at their least (one whole row): nothing more for the warnings.
    expect(roomInColumn(300, [{ height: 208, least: 208 }])).toBe(300);
    // The incidents taller than that: the warnings may take the difference.
    expect(roomInColumn(260, [{ height: 330, least: 208 }])).toBe(382);
    // The same room however the two share it (what one takes the other loses).
    expect(roomInColumn(382, [{ height: 208, least: 208 }])).toBe(382);
    // A growing panel squeezed below its least gives nothing, and takes nothing away.
    expect(roomInColumn(300, [{ height: 150, least: 208 }])).toBe(300);
    // No growing panel beside it: its own height.
    expect(roomInColumn(300, [])).toBe(300);
  });
});
