import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../common/events';
import type { Actor } from '../actor';
import type { Clock } from '../clock';
import type { Core } from '../core';
import { signIn, staffedCore } from '../testing';

// A clock the test moves by hand: the scripted minutes come when the test says so.
let nowMs = Date.parse('2026-06-10T01:30:00.000Z');
const clock: Clock = { now: () => new Date(nowMs) };
const advance = (minutes: number) => {
  nowMs += minutes * 60_000;
};

let core: Core;
let controller: Actor;
let participant: Actor;
const events: AppEvent[] = [];

beforeAll(async () => {
  ({ core } = await staffedCore({ clock, tickEveryMs: false }));
  controller = await signIn(core, 'leader');
  participant = await signIn(core, 'shift_chief');
  core.subscribe((e) => events.push(e));
});
afterAll(() => core.close());

async function runningDrill(script: { offsetMinutes: number; text: string }[]) {
  const d = await core.invoke(
    'drills.save',
    {
      id: null,
      campaignId: null,
      domainId: null,
      title: '山洪灾害转移避险演练',
      form: 'live',
      content: 'combined',
      purpose: 'test',
      announce: 'announced',
      scheduledAt: null,
      place: '白沙镇',
      scenario: '白沙河上游突降暴雨',
      planIds: [],
      units: [],
      controllerIds: [controller.kind === 'operator' ? controller.operatorId : ''],
      script,
    },
    controller,
  );
  await core.invoke('drills.start', { id: d.id }, controller);
  return d.id;
}

const injectsOf = async (id: string) =>
  (await core.invoke('drills.get', { id }, participant)).detail!.injects.filter((i) => i.sentAt !== null);

describe('scripted injects send themselves', () => {
  it('sends each inject once when its minute comes, recorded at the time it went out, and never before', async () => {
    const id = await runningDrill([
      { offsetMinutes: 0, text: '白沙镇报告：河水漫过漫水桥' },
      { offsetMinutes: 5, text: '村委会报告：3户群众未转移' },
      { offsetMinutes: 30, text: '县气象局：暴雨红色预警' },
    ]);
    const startedAt = nowMs;
    core.tick();
    let seen = await injectsOf(id);
    // Only the minute-0 inject has gone out, sent by no one.
    expect(seen.map((i) => i.text)).toEqual(['白沙镇报告：河水漫过漫水桥']);
    expect(seen[0]!.sentAt).toBe(new Date(startedAt).toISOString());
    expect(seen[0]!.sentByName).toBeNull();
    expect(events.some((e) => e.type === 'drills.changed' && e.ids?.includes(id))).toBe(true);

    advance(4);
    core.tick();
    expect((await injectsOf(id)).length).toBe(1);

    advance(2); // six minutes in: the five-minute inject goes out now, stamped now.
    core.tick();
    core.tick();
    seen = await injectsOf(id);
    expect(seen.map((i) => i.text)).toEqual(['白沙镇报告：河水漫过漫水桥', '村委会报告：3户群众未转移']);
    expect(seen[1]!.sentAt).toBe(new Date(startedAt + 6 * 60_000).toISOString());

    // On the drill's timeline, once each.
    const tl = await core.invoke('drills.timeline', { id }, controller);
    const injects = tl.items.filter((i) => i.kind === 'inject');
    expect(injects.map((i) => i.text)).toEqual(['白沙镇报告：河水漫过漫水桥', '村委会报告：3户群众未转移']);
    expect(injects.every((i) => i.authorName === '')).toBe(true);

    // Sent early by hand, the 30-minute one is not sent again when its minute comes.
    const early = (await core.invoke('drills.get', { id }, controller)).detail!.injects[2]!;
    await core.invoke('drills.inject', { id, injectId: early.id, text: '' }, controller);
    advance(30);
    core.tick();
    const after = await core.invoke('drills.timeline', { id }, controller);
    expect(after.items.filter((i) => i.kind === 'inject')).toHaveLength(3);
    const last = (await injectsOf(id))[2]!;
    expect(last.sentByName).not.toBeNull();
    expect(last.sentAt).toBe(new Date(startedAt + 6 * 60_000).toISOString());
  });

  it('sends nothing for a drill that is not running: planned, or ended before the minute came', async () => {
    const planned = await core.invoke(
      'drills.save',
      {
        id: null,
        campaignId: null,
        domainId: null,
        title: '地震应急桌面推演',
        form: 'tabletop',
        content: 'single',
        purpose: 'test',
        announce: 'announced',
        scheduledAt: null,
        place: '',
        scenario: '',
        planIds: [],
        units: [],
        controllerIds: [controller.kind === 'operator' ? controller.operatorId : ''],
        script: [{ offsetMinutes: 0, text: '县地震局：发生4.8级地震' }],
      },
      controller,
    );
    const ended = await runningDrill([{ offsetMinutes: 20, text: '余震发生' }]);
    await core.invoke('drills.end', { id: ended }, controller);
    advance(60);
    core.tick();
    const tlPlanned = await core.invoke('drills.timeline', { id: planned.id }, controller);
    expect(tlPlanned.items.filter((i) => i.kind === 'inject')).toHaveLength(0);
    const tlEnded = await core.invoke('drills.timeline', { id: ended }, controller);
    expect(tlEnded.items.filter((i) => i.kind === 'inject')).toHaveLength(0);
    expect(
      (await core.invoke('drills.get', { id: ended }, controller)).detail!.injects[0]!.sentAt,
    ).toBeNull();
  });
});
