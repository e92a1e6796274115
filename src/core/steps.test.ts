import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../common/events';
import { forSignInScreen } from '../common/events';
import { coreAreas } from './areas';
import { fixtureNotesCore } from './areas/testing/fixture-area';
import { DEMO_PARTS } from './demo/load';
import type { Core } from './core';
import { staffedCore, tempCore } from './testing';

/*
 * A long write (kind 'steps'): one transaction held open while the host breathes, so its
 * progress reaches the screens. Other writes wait their turn and never land inside it;
 * reads see the data as it was; a failure leaves nothing of it.
 */
const notes = (core: Core) =>
  (core.db().read.prepare('SELECT text FROM fixture_notes ORDER BY id').all() as { text: string }[]).map(
    (r) => r.text,
  );
const progressOf = (events: AppEvent[], job: string) =>
  events.filter((e) => e.type === 'progress' && e.progress?.job === job).map((e) => e.progress!);

let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

describe('a long write', () => {
  it('reports progress while it runs; a write asked meanwhile lands after it, not inside it', async () => {
    const made = await staffedCore({ areas: [...coreAreas, fixtureNotesCore] });
    core = made.core;
    const events: AppEvent[] = [];
    core.subscribe((e) => events.push(e));
    const before = notes(core);
    let otherWriteDoneWhileRunning = false;
    const long = core.call('fixtureNotes.addSlowly', { texts: ['一', '二', '三', '四'] }, made.admin);
    // The first step has run: a read sees nothing of it yet; a write waits.
    await new Promise((r) => setImmediate(r));
    const seenDuring = notes(core);
    const other = core
      .call('settings.update', { countyName: '乙县' }, made.admin)
      .then((r) => {
        otherWriteDoneWhileRunning = notes(core!).length < before.length + 4;
        return r;
      });
    const [res, otherRes] = await Promise.all([long, other]);
    expect(res).toEqual({ ok: true, value: { added: 4 } });
    expect(otherRes.ok).toBe(true);
    expect(seenDuring).toEqual(before);
    expect(otherWriteDoneWhileRunning).toBe(false);
    expect(notes(core)).toEqual([...before, '一', '二', '三', '四']);
    // Throttled, but the last always goes, and it says the job is done.
    const p = progressOf(events, 'fixtureNotes.addSlowly');
    expect(p.length).toBeGreaterThanOrEqual(1);
    expect(p.at(-1)).toEqual({ job: 'fixtureNotes.addSlowly', done: 4, total: 4 });
    for (let i = 1; i < p.length; i++) expect(p[i]!.done).toBeGreaterThan(p[i - 1]!.done);
  });

  it('fails whole: nothing of its steps stays, and the next write goes on', async () => {
    const made = await staffedCore({ areas: [...coreAreas, fixtureNotesCore] });
    core = made.core;
    const before = notes(core);
    const res = await core.call('fixtureNotes.addSlowly', { texts: ['一', '二', '三'], failAt: 2 }, made.admin);
    expect(res.ok).toBe(false);
    expect(notes(core)).toEqual(before);
    expect(core.db().write.inTransaction).toBe(false);
    const next = await core.call('fixtureNotes.addSlowly', { texts: ['五'] }, made.admin);
    expect(next.ok).toBe(true);
    expect(notes(core)).toEqual([...before, '五']);
  });
});

describe('the demo load', () => {
  it('counts off its parts to the first-run screen, and a second setup waits and is refused', async () => {
    core = tempCore();
    const events: AppEvent[] = [];
    core.subscribe((e) => events.push(e));
    const first = core.call('system.setup', { mode: 'demo' });
    await new Promise((r) => setImmediate(r));
    // While it loads, the data set reads as not set up, and a blank setup waits its turn.
    expect((await core.invoke('system.info', {})).initialized).toBe(false);
    const second = core.call('system.setup', {
      mode: 'blank',
      countyName: '甲县',
      bureauName: '甲县应急管理局',
      admin: { name: '管理员', pin: '246810' },
    });
    expect((await first).ok).toBe(true);
    const refused = await second;
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.key).toBe('errors.already_initialized');
    expect((await core.invoke('system.info', {})).dataMode).toBe('demo');

    const p = progressOf(events, 'system.setup');
    expect(p.at(-1)).toEqual({ job: 'system.setup', done: DEMO_PARTS, total: DEMO_PARTS });
    expect(p.every((x) => x.total === DEMO_PARTS && x.done <= DEMO_PARTS)).toBe(true);
    // The first-run screen has no session: it hears this job's progress, and only this.
    const shown = events.map(forSignInScreen).filter((e) => e?.type === 'progress');
    expect(shown.length).toBe(p.length);
    expect(forSignInScreen({ type: 'progress', at: '', progress: { job: 'imports.commit', done: 1, total: 2 } })).toBeNull();
  });
});
