import { describe, expect, it } from 'vitest';
import { closeProblem, clocksEnded } from './closing';

describe('what 办结 must settle', () => {
  const final = [{ stage: 'initial' as const }, { stage: 'final' as const }];
  const noFinal = [{ stage: 'initial' as const }, { stage: 'continued' as const }];

  it('refuses a close without a 终报 and without a reason that none is owed', () => {
    expect(closeProblem({ reports: noFinal, openClocks: [] }, {})).toEqual({
      code: 'close_needs_final_report',
    });
    expect(closeProblem({ reports: [], openClocks: [] }, { noFinalReport: '   ' })).toEqual({
      code: 'close_needs_final_report',
    });
  });

  it('accepts a 终报 on record, or a stated reason', () => {
    expect(closeProblem({ reports: final, openClocks: [] }, {})).toBeNull();
    expect(closeProblem({ reports: [], openClocks: [] }, { noFinalReport: '经核实为误报' })).toBeNull();
  });

  it('refuses to end running clocks the closer did not name back', () => {
    expect(closeProblem({ reports: final, openClocks: ['followup', 'written', 'followup'] }, {})).toEqual({
      code: 'close_clocks_unconfirmed',
      clocks: ['written', 'followup'],
    });
    expect(
      closeProblem({ reports: final, openClocks: ['followup', 'written'] }, { endsClocks: ['followup'] }),
    ).toEqual({ code: 'close_clocks_unconfirmed', clocks: ['written'] });
    expect(
      closeProblem(
        { reports: final, openClocks: ['followup', 'written'] },
        { endsClocks: ['written', 'followup'] },
      ),
    ).toBeNull();
  });

  it('asks for the 终报 first: the reason comes before the clocks', () => {
    expect(closeProblem({ reports: [], openClocks: ['phone'] }, {})?.code).toBe('close_needs_final_report');
  });

  it('lists each kind of clock once, in a fixed order', () => {
    expect(clocksEnded(['followup', 'phone', 'followup'])).toEqual(['phone', 'followup']);
  });
});
