import { describe, expect, it } from 'vitest';
import type { WarningView } from '../../../../common/contract/warnings';
import { DEFAULT_WARNING_RULES } from '../../../../common/domain/warnings';
import type { WarningResponseStep } from '../../../../common/contract/warnings';
import { endedResponse, inForce, responseMark } from './useWarningClock';

const NOW = Date.parse('2026-07-02T03:00:00.000Z');

function warning(id: string, over: Partial<WarningView> = {}): WarningView {
  return {
    id,
    source: 'weather',
    issuer: '县气象台',
    issuerRef: '',
    hazard: 'rainstorm',
    level: 'II',
    headline: `预警${id}`,
    body: '',
    towns: [{ code: '990101101', name: '青石镇' }],
    polygon: null,
    effectiveAt: null,
    onsetAt: null,
    expiresAt: null,
    receivedAt: new Date(NOW - 3_600_000).toISOString(),
    receivedBy: '陈立新',
    channel: 'system',
    drillId: null,
    capIdentifier: `99010100000000_20260702100000_${id}`,
    supersedes: null,
    supersededBy: null,
    cancelled: null,
    incidentId: null,
    recipients: [],
    response: null,
    responseSteps: [],
    ...over,
  };
}

const running = {
  planId: 'pln_1',
  planName: '青岚示范县防汛抗旱应急预案',
  level: 'IV' as const,
  decidedBy: '县防指王副县长',
  document: '',
  since: new Date(NOW - 1_800_000).toISOString(),
  adjustedAt: null,
};

describe('warnings under a 预警响应 on the desk and the wall', () => {
  it('a warning in force under a response is marked with its level and is in force', () => {
    const w = warning('a', { response: running });
    expect(responseMark(w, DEFAULT_WARNING_RULES, NOW)).toEqual({
      level: 'IV',
      planName: '青岚示范县防汛抗旱应急预案',
      toEnd: false,
    });
    expect(inForce([w], DEFAULT_WARNING_RULES, NOW)).toBe(1);
  });

  it('lifted, replaced or expired while its response runs: 待终止, and not counted in force', () => {
    const lifted = warning('b', {
      response: running,
      cancelled: { at: new Date(NOW - 60_000).toISOString(), by: '陈立新', reason: '解除' },
    });
    const replaced = warning('c', { response: running, supersededBy: 'wrn_d' });
    const expired = warning('d', { response: running, expiresAt: new Date(NOW - 1).toISOString() });
    const live = warning('e');
    for (const w of [lifted, replaced, expired])
      expect(responseMark(w, DEFAULT_WARNING_RULES, NOW)).toMatchObject({ toEnd: true });
    expect(inForce([lifted, replaced, expired, live], DEFAULT_WARNING_RULES, NOW)).toBe(1);
    // It expires on the screen's own clock: in force a moment before.
    expect(inForce([expired], DEFAULT_WARNING_RULES, NOW - 2)).toBe(1);
  });

  it('no response, no mark', () => {
    expect(responseMark(warning('f'), DEFAULT_WARNING_RULES, NOW)).toBeNull();
  });
});

describe('a 预警响应 started and then ended', () => {
  const plan = '青岚示范县防汛抗旱应急预案';
  const step = (
    id: string,
    action: WarningResponseStep['action'],
    level: WarningResponseStep['level'],
    min: number,
    by = '县防指王副县长',
  ): WarningResponseStep => ({
    id,
    action,
    planId: 'pln_1',
    planName: plan,
    level,
    decidedBy: by,
    document: action === 'end' ? '青防指〔2026〕13号' : '',
    at: new Date(NOW - min * 60_000).toISOString(),
    recordedBy: '陈立新',
  });

  it('keeps the last level decided, when it started and when it ended', () => {
    const w = warning('g', {
      responseSteps: [
        step('s1', 'start', 'IV', 90),
        step('s2', 'adjust', 'III', 60),
        step('s3', 'end', null, 10, '县防指李局长'),
      ],
    });
    expect(endedResponse(w)).toEqual({
      level: 'III',
      planName: plan,
      since: new Date(NOW - 90 * 60_000).toISOString(),
      endedAt: new Date(NOW - 10 * 60_000).toISOString(),
      decidedBy: '县防指李局长',
      document: '青防指〔2026〕13号',
    });
  });

  it('a second response, started after the first ended, is the one read', () => {
    const w = warning('h', {
      responseSteps: [
        step('s1', 'start', 'II', 120),
        step('s2', 'end', null, 100),
        step('s3', 'start', 'IV', 50),
        step('s4', 'end', null, 5),
      ],
    });
    expect(endedResponse(w)).toMatchObject({ level: 'IV', since: new Date(NOW - 50 * 60_000).toISOString() });
  });

  it('none while a response runs, nor when none was ever started', () => {
    expect(
      endedResponse(warning('i', { response: running, responseSteps: [step('s1', 'start', 'IV', 30)] })),
    ).toBeNull();
    expect(endedResponse(warning('j'))).toBeNull();
  });
});
