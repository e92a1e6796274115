import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { demoCoreWithAdmin } from '../testing';
import { verifyWarningChain } from '../warnings/repo';
import { verifyWarningResponseChain } from '../warnings/response';

let core: Core;
afterEach(async () => {
  await core?.close();
});

describe('demo warnings', () => {
  it('hold a flood-season week: a yellow answered in time, an orange with one town late and escalated', async () => {
    ({ core } = await demoCoreWithAdmin());
    const { warnings } = await core.invoke('warnings.list', { scope: 'all' });
    expect(warnings.map((w) => [w.level, w.hazard])).toEqual([
      ['II', 'rainstorm'],
      ['III', 'rainstorm'],
    ]);
    const [orange, yellow] = warnings;
    expect(yellow!.recipients.every((r) => r.ack && !r.ack.late)).toBe(true);
    expect(orange!.cancelled).not.toBeNull();
    const late = orange!.recipients.find((r) => r.escalatedTo)!;
    expect(late.ack?.late).toBe(true);
    expect(late.calls.map((c) => c.answered)).toEqual([false, false]);
    const head = orange!.recipients.find((r) => r.escalatedFrom === late.id)!;
    // Escalated by the rule (自动升级), 30 minutes after sending, not by a person.
    expect(head).toMatchObject({ townCode: late.townCode, ack: { late: false }, auto: true, sentBy: '' });
    expect(Date.parse(head.sentAt) - Date.parse(late.sentAt)).toBeGreaterThan(30 * 60_000);
    expect(orange!.recipients.filter((r) => r.ack?.late)).toHaveLength(1);
    // Entered by a person of the room, and the ledger verifies.
    const names = new Set((await core.invoke('operators.list', {})).map((o) => o.name));
    for (const w of warnings) for (const r of w.recipients) expect(r.auto || names.has(r.sentBy)).toBe(true);
    expect(verifyWarningChain(core.db().read).ok).toBe(true);
    // The orange started a Ⅳ级 预警响应 under the flood plan as the calls went out, ended after the 解除.
    expect(orange!.responseSteps.map((s) => [s.action, s.level, s.planName])).toEqual([
      ['start', 'IV', '青岚示范县防汛抗旱应急预案'],
      ['end', null, '青岚示范县防汛抗旱应急预案'],
    ]);
    expect(orange!.response).toBeNull();
    expect(orange!.responseSteps[1]!.at > orange!.cancelled!.at).toBe(true);
    expect(names.has(orange!.responseSteps[0]!.recordedBy)).toBe(true);
    expect(yellow!.responseSteps).toEqual([]);
    expect(verifyWarningResponseChain(core.db().read).ok).toBe(true);
  });
});
