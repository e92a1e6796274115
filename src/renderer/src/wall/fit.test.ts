import { describe, expect, it } from 'vitest';
import { fewerNamed, roomInColumn, rowsThatFit } from './fit';

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

describe('names counted down until they fit their lines (FittedNames)', () => {
  // A line 600 px wide; each name whole (2–5 characters of 30 px, and a comma), then
  // "等 N 个乡镇" counting the rest: lines as the browser would wrap them.
  const widths = Array.from({ length: 80 }, (_, i) => (2 + ((i * 7) % 4)) * 30 + 30);
  const linesFor = (shown: number) => {
    const pieces = [...widths.slice(0, shown), ...(shown < widths.length ? [7 * 30] : [])];
    let lines = 1;
    let x = 0;
    for (const w of pieces) {
      if (x + w > 600 && x > 0) {
        lines++;
        x = 0;
      }
      x += w;
    }
    return lines;
  };
  const countDown = (names: number, wanted: number, least: number) => {
    let shown = names;
    let renders = 0;
    while (shown > least && linesFor(shown) > wanted) {
      shown = fewerNamed(shown, linesFor(shown), wanted, least);
      renders++;
    }
    return { shown, renders };
  };
  const best = (wanted: number) => {
    let n = widths.length;
    while (n > 0 && linesFor(n) > wanted) n--;
    return n;
  };

  it("eighty silent towns fit two lines in a few renders, well under React's fifty in a row", () => {
    const { shown, renders } = countDown(80, 2, 1);
    expect(linesFor(shown)).toBeLessThanOrEqual(2);
    expect(renders).toBeLessThan(15);
    // One at a time it took 80 - best renders: past the limit, the wall's error screen.
    expect(80 - best(2)).toBeGreaterThan(50);
    // It names nearly as many as fit.
    expect(shown).toBeGreaterThanOrEqual(best(2) - 3);
  });

  it('a line over steps down by one, and never below the least named', () => {
    expect(fewerNamed(10, 3, 2, 1)).toBe(9);
    expect(fewerNamed(2, 9, 1, 1)).toBe(1);
    expect(fewerNamed(5, 40, 1, 0)).toBe(0);
    expect(fewerNamed(30, 10, 2, 1)).toBe(6);
  });
});
