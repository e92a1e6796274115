import { describe, expect, it } from 'vitest';
import type { StatBar } from '../../../../common/contract/statistics';
import { figureEmptiness } from './figureEmpty';

const bar = (key: string, n: number, of: number | null = null): StatBar => ({ key, label: null, n, of });

describe('a figure of 统计 with nothing to draw', () => {
  it('is empty for the period when every bar counts nothing, or it has no bar', () => {
    expect(
      figureEmptiness({
        metric: 'incidents.category',
        current: false,
        bars: [bar('natural', 0), bar('social', 0)],
      }),
    ).toBe('period');
    expect(figureEmptiness({ metric: 'incidents.type', current: false, bars: [] })).toBe('period');
  });

  it('is empty now when a figure of the present state counts nothing', () => {
    expect(figureEmptiness({ metric: 'stock.below', current: true, bars: [] })).toBe('current');
    expect(
      figureEmptiness({ metric: 'lots.expiring', current: true, bars: [bar('expired', 0), bar('soon', 0)] }),
    ).toBe('current');
  });

  it('names the missing campaign for the drills figure of a year without one', () => {
    expect(figureEmptiness({ metric: 'drills.domain', current: false, bars: [] })).toBe('noCampaign');
    // A campaign whose domains have no drill registered yet: nothing in the period.
    expect(figureEmptiness({ metric: 'drills.domain', current: false, bars: [bar('d1', 0, 0)] })).toBe(
      'period',
    );
  });

  it('draws a figure with one record, or with something planned or owed though nothing is done', () => {
    expect(
      figureEmptiness({ metric: 'incidents.grade', current: false, bars: [bar('I', 0), bar('IV', 1)] }),
    ).toBe(null);
    expect(figureEmptiness({ metric: 'drills.domain', current: false, bars: [bar('d1', 0, 3)] })).toBe(null);
    expect(figureEmptiness({ metric: 'checks.kind', current: false, bars: [bar('radio', 0, 2)] })).toBe(null);
    expect(figureEmptiness({ metric: 'stock.below', current: true, bars: [bar('depot', 2)] })).toBe(null);
  });
});
