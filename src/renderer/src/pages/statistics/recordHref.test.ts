import { describe, expect, it } from 'vitest';
import type { StatRecord } from '../../../../common/contract/statistics';
import { keyFigureHref, recordHref } from './recordHref';

const TZ = 'Asia/Shanghai';
const rec = (r: Partial<StatRecord> & Pick<StatRecord, 'kind' | 'id'>): StatRecord => ({
  number: '',
  title: '',
  at: null,
  townName: null,
  detail: {},
  q: null,
  ...r,
});

describe('recordHref: every record of 统计 opens itself', () => {
  it('a 查岗 opens the log on its local day and kind, focused on the entry', () => {
    // 17:30 UTC is 01:30 the next day in the room.
    expect(recordHref(rec({ kind: 'entry', id: 'e1', at: '2026-11-30T17:30:00.000Z' }), TZ)).toBe(
      '#/logs?kind=spot_check&on=2026-12-01&focus=e1',
    );
  });
  it('a kept check opens the check history on its day; a missed one that item’s checks over its period', () => {
    expect(recordHref(rec({ kind: 'check', id: 'c9', at: '2026-12-03T02:00:00.000Z' }), TZ)).toBe(
      '#/equipment/history?on=2026-12-03&focus=c9',
    );
    expect(
      recordHref(
        rec({
          kind: 'missedCheck',
          id: 'eq1',
          detail: { from: '2026-12-01T00:30:00.000Z', to: '2026-12-02T00:30:00.000Z', equipmentId: 'eq1' },
        }),
        TZ,
      ),
    ).toBe(
      '#/equipment/history?equipment=eq1&from=2026-12-01T00%3A30%3A00.000Z&to=2026-12-02T00%3A30%3A00.000Z&focus=missed%3Aeq1',
    );
  });
  it('an expiring lot opens that lot under 批次, not its stock line', () => {
    expect(
      recordHref(
        rec({ kind: 'lot', id: 'lot7', number: 'L-7', detail: { depotId: 'dep1', lotId: 'lot7' } }),
        TZ,
      ),
    ).toBe('#/supplies/lots?depot=dep1&focus=lot7');
  });
  it('a fault, a drill and stock lead to that very one', () => {
    expect(recordHref(rec({ kind: 'fault', id: 'f/1' }), TZ)).toBe('#/equipment/faults?focus=f%2F1');
    expect(recordHref(rec({ kind: 'drill', id: 'd1' }), TZ)).toBe('#/drills?focus=d1');
    expect(
      recordHref(rec({ kind: 'stock', id: 'dep1/it1', title: '救生衣', detail: { depotId: 'dep1' } }), TZ),
    ).toBe('#/supplies/stock?q=%E6%95%91%E7%94%9F%E8%A1%A3&depot=dep1&focus=dep1%2Fit1');
  });
  it('incidents and warnings keep their own pages', () => {
    expect(recordHref(rec({ kind: 'incident', id: 'i1' }), TZ)).toBe('#/logs/incident/i1');
    expect(recordHref(rec({ kind: 'warning', id: 'w1' }), TZ)).toBe('#/warnings/w1');
  });
});

describe('keyFigureHref: a tile of the desk opens 统计 on its month at the records behind it', () => {
  it('names the month and the figure', () => {
    expect(keyFigureHref('2026-12', 'initialOnTime')).toBe(
      '#/statistics?period=2026-12&figure=initialOnTime',
    );
    expect(keyFigureHref('2026-01', 'drills')).toBe('#/statistics?period=2026-01&figure=drills');
  });
});
