import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { readAlert } from '../../common/cap/alert';
import { CAP_IDENTIFIER_RE } from '../../common/cap/identifier';
import { alertWarning } from '../../common/cap/warning';
import { fingerprint, signIn, refusal } from '../testing';
import { handoverWarningResponses } from './handover';
import { verifyWarningResponseChain } from './response';
import { warningCounty } from './testing';

let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

let n = 0;
const key = () => `k_wresp_${++n}_abcdef`;
const MIN = 60_000;

/** A county at 09:00 Beijing with a flood plan (Ⅳ and Ⅲ defined) and an orange 暴雨 warning. */
async function setup() {
  const c = await warningCounty({ towns: 2, key });
  core = c.core;
  const { chief } = c;
  const plan = await c.core.invoke(
    'plans.upsert',
    {
      name: '县防汛抗旱应急预案',
      kind: 'special',
      domain: 'natural',
      hazard: '洪涝',
      ownerUnit: '县防汛抗旱指挥部',
      level: 'county',
      lastDrilledOn: null,
      notes: '',
    },
    chief,
  );
  const v = await c.core.invoke(
    'plans.saveVersion',
    {
      planId: plan.id,
      label: '2025年版',
      docNo: '县政办发〔2025〕7号',
      issuer: '县人民政府办公室',
      issuedOn: '2025-05-01',
      filedOn: null,
      evaluatedOn: null,
      levels: [
        { level: 'IV', condition: '暴雨蓝色、黄色预警', measures: '防指办公室组织' },
        { level: 'III', condition: '暴雨橙色预警', measures: '分管副县长指挥' },
      ],
      notes: '',
    },
    chief,
  );
  await c.core.invoke('plans.setStatus', { versionId: v.id, status: 'in_force', on: '2025-05-20' }, chief);
  const { warning } = await c.core.invoke('warnings.receive', c.orange(), chief);
  return {
    core: c.core,
    chief,
    planId: plan.id,
    warning,
    input: c.orange,
    now: c.now,
    later: c.later,
  };
}

describe('预警响应 (warnings.respond)', () => {
  it('starts, adjusts and ends a response under a plan, recorded on the warning in order', async () => {
    const c = await setup();
    const base = { id: c.warning.id, decidedBy: '王副县长', document: '县防指〔2026〕8号' };
    expect(c.warning.response).toBeNull();
    expect(c.warning.responseSteps).toEqual([]);
    c.later(10);
    const start = {
      ...base,
      clientKey: key(),
      action: 'start' as const,
      planId: c.planId,
      level: 'IV' as const,
    };
    const started = await c.core.invoke('warnings.respond', start, c.chief);
    expect(started.replayed).toBe(false);
    expect(started.warning.response).toEqual({
      planId: c.planId,
      planName: '县防汛抗旱应急预案',
      level: 'IV',
      decidedBy: '王副县长',
      document: '县防指〔2026〕8号',
      since: c.now().toISOString(),
      adjustedAt: null,
    });
    // The same key again: the same answer, nothing added.
    const again = await c.core.invoke('warnings.respond', start, c.chief);
    expect(again.replayed).toBe(true);
    expect(again.warning.responseSteps).toHaveLength(1);

    c.later(30);
    const adjusted = await c.core.invoke(
      'warnings.respond',
      { ...base, clientKey: key(), action: 'adjust', planId: null, level: 'III', document: '' },
      c.chief,
    );
    expect(adjusted.warning.response).toMatchObject({
      level: 'III',
      planId: c.planId,
      since: started.warning.response!.since,
      adjustedAt: c.now().toISOString(),
    });
    // The list carries it too (the register and the wall read warnings.list).
    const listed = (await c.core.invoke('warnings.list', {}, c.chief)).warnings.find(
      (w) => w.id === c.warning.id,
    );
    expect(listed?.response?.level).toBe('III');

    c.later(60);
    const ended = await c.core.invoke(
      'warnings.respond',
      { ...base, clientKey: key(), action: 'end', planId: null, level: null, decidedBy: '李县长' },
      c.chief,
    );
    expect(ended.warning.response).toBeNull();
    expect(ended.warning.responseSteps.map((s) => [s.action, s.level, s.planName, s.decidedBy])).toEqual([
      ['start', 'IV', '县防汛抗旱应急预案', '王副县长'],
      ['adjust', 'III', '县防汛抗旱应急预案', '王副县长'],
      ['end', null, '县防汛抗旱应急预案', '李县长'],
    ]);
    expect(ended.warning.responseSteps.every((s) => s.recordedBy.length > 0)).toBe(true);
    expect(verifyWarningResponseChain(c.core.db().read)).toMatchObject({ ok: true, checked: 3 });
    // Append-only underneath.
    expect(() => c.core.db().write.prepare(`UPDATE warning_responses SET level = 'I'`).run()).toThrow(
      /append-only/,
    );
  });

  it('refuses what the plan or the running response does not allow, changing nothing', async () => {
    const c = await setup();
    const base = { id: c.warning.id, decidedBy: '王副县长', document: '' };
    const before = fingerprint(c.core);
    const refused = async (over: Record<string, unknown>, keyName: string) => {
      const e = await refusal(
        c.core.invoke(
          'warnings.respond',
          { ...base, clientKey: key(), action: 'start', planId: c.planId, level: 'IV', ...over } as never,
          c.chief,
        ),
      );
      expect(e.key).toBe(keyName);
      expect(fingerprint(c.core)).toBe(before);
    };
    await refused({ planId: null }, 'errors.response_plan_required');
    await refused({ level: null }, 'errors.response_level_required');
    // The plan's version in force defines Ⅳ and Ⅲ only.
    await refused({ level: 'I' }, 'errors.response_level_undefined');
    await refused({ planId: 'pln_nosuchplan' }, 'errors.plan_missing');
    await refused({ id: 'wrn_nosuchwarning' }, 'errors.warning_missing');
    await refused({ action: 'adjust', level: 'III' }, 'errors.warning_response_not_running');
    await refused({ action: 'end', level: null }, 'errors.warning_response_not_running');
    await refused({ decidedAt: '2026-07-01T00:00:00.000Z' }, 'errors.warning_response_time');
    await refused({ decidedAt: '2026-07-03T00:00:00.000Z' }, 'errors.warning_future');

    await c.core.invoke(
      'warnings.respond',
      { ...base, clientKey: key(), action: 'start', planId: c.planId, level: 'IV' },
      c.chief,
    );
    const running = fingerprint(c.core);
    const e1 = await refusal(
      c.core.invoke(
        'warnings.respond',
        { ...base, clientKey: key(), action: 'start', planId: c.planId, level: 'III' },
        c.chief,
      ),
    );
    expect(e1.key).toBe('errors.warning_response_running');
    expect(e1.message).toContain('县防汛抗旱应急预案');
    const e2 = await refusal(
      c.core.invoke(
        'warnings.respond',
        { ...base, clientKey: key(), action: 'adjust', planId: null, level: 'IV' },
        c.chief,
      ),
    );
    expect(e2.key).toBe('errors.response_same_level');
    expect(fingerprint(c.core)).toBe(running);
  });

  it('a lifted warning takes no new response, and one still running is to be ended: the sheet says so until it is', async () => {
    const c = await setup();
    const base = { id: c.warning.id, decidedBy: '王副县长', document: '' };
    await c.core.invoke(
      'warnings.respond',
      { ...base, clientKey: key(), action: 'start', planId: c.planId, level: 'III' },
      c.chief,
    );
    let sheet = handoverWarningResponses(c.core.db().read, c.now());
    expect(sheet.map((r) => [r.warningId, r.level, r.planName, r.warningOver])).toEqual([
      [c.warning.id, 'III', '县防汛抗旱应急预案', false],
    ]);
    // On the handover draft too, beside the incidents' responses.
    expect(
      (await c.core.invoke('handover.draft', {}, c.chief)).sheet.warningResponses?.map((r) => r.warningId),
    ).toEqual([c.warning.id]);
    c.later(20);
    await c.core.invoke('warnings.cancel', { id: c.warning.id, reason: '县气象台解除暴雨橙色预警' }, c.chief);
    sheet = handoverWarningResponses(c.core.db().read, c.now());
    expect(sheet.map((r) => r.warningOver)).toEqual([true]);
    // Lifted, it stays on the live list (the register, the desk, the wall) while its response runs.
    const live = async () => (await c.core.invoke('warnings.list', {}, c.chief)).warnings.map((w) => w.id);
    expect(await live()).toEqual([c.warning.id]);
    // A sheet assembled for a moment before the response started does not show it.
    expect(handoverWarningResponses(c.core.db().read, new Date(c.now().getTime() - 60 * MIN))).toEqual([]);

    const e = await refusal(
      c.core.invoke(
        'warnings.respond',
        { ...base, clientKey: key(), action: 'adjust', planId: null, level: 'IV' },
        c.chief,
      ),
    );
    expect(e.key).toBe('errors.warning_response_not_live');
    const ended = await c.core.invoke(
      'warnings.respond',
      { ...base, clientKey: key(), action: 'end', planId: null, level: null },
      c.chief,
    );
    expect(ended.warning.response).toBeNull();
    expect(handoverWarningResponses(c.core.db().read, c.now())).toEqual([]);
    expect(await live()).toEqual([]);
    const again = await refusal(
      c.core.invoke(
        'warnings.respond',
        { ...base, clientKey: key(), action: 'start', planId: c.planId, level: 'IV' },
        c.chief,
      ),
    );
    expect(again.key).toBe('errors.warning_response_not_live');
  });

  it("a drill warning's response is the drill's: on the warning, never on the real handover sheet", async () => {
    const c = await setup();
    const controller = await signIn(c.core, 'leader');
    const drill = await c.core.invoke(
      'drills.save',
      {
        id: null,
        campaignId: null,
        domainId: null,
        title: '防汛预警响应演练',
        form: 'tabletop',
        content: 'single',
        purpose: 'test',
        announce: 'announced',
        scheduledAt: null,
        place: '值班室',
        scenario: '暴雨橙色预警，启动Ⅲ级防汛应急响应',
        planIds: [],
        units: [],
        controllerIds: [controller.kind === 'operator' ? controller.operatorId : ''],
        script: [],
      },
      controller,
    );
    await c.core.invoke('drills.start', { id: drill.id }, controller);
    const { warning } = await c.core.invoke('warnings.receive', c.input({ drillId: drill.id }), c.chief);
    const out = await c.core.invoke(
      'warnings.respond',
      {
        id: warning.id,
        clientKey: key(),
        action: 'start',
        planId: c.planId,
        level: 'III',
        decidedBy: '王副县长',
        document: '',
      },
      c.chief,
    );
    expect(out.warning.drillId).toBe(drill.id);
    expect(out.warning.response?.level).toBe('III');
    expect(handoverWarningResponses(c.core.db().read, c.now())).toEqual([]);
    expect((await c.core.invoke('handover.draft', {}, c.chief)).sheet.warningResponses).toEqual([]);
  });

  it('warnings.verifyChain names a response decision changed in the file underneath, and an event', async () => {
    const c = await setup();
    const base = { id: c.warning.id, decidedBy: '王副县长', document: '县防指〔2026〕8号' };
    c.later(5);
    const started = await c.core.invoke(
      'warnings.respond',
      { ...base, clientKey: key(), action: 'start', planId: c.planId, level: 'IV' },
      c.chief,
    );
    c.later(5);
    await c.core.invoke(
      'warnings.respond',
      { ...base, clientKey: key(), action: 'adjust', planId: null, level: 'III' },
      c.chief,
    );
    await c.core.invoke('warnings.cancel', { id: c.warning.id, reason: '县气象台解除暴雨橙色预警' }, c.chief);
    const sound = await c.core.invoke('warnings.verifyChain', {}, c.chief);
    expect(sound).toMatchObject({ ok: true, firstBrokenId: null, brokenChain: null });
    expect(sound.checked).toBeGreaterThanOrEqual(3);

    // The first decision's document rewritten behind the app's back (the trigger dropped).
    const first = started.warning.responseSteps[0]!.id;
    let raw = new Database(c.core.dbFile);
    raw.exec('DROP TRIGGER warning_responses_no_update');
    raw.prepare(`UPDATE warning_responses SET document = '县防指〔2026〕9号' WHERE id = ?`).run(first);
    raw.close();
    expect(await c.core.invoke('warnings.verifyChain', {}, c.chief)).toMatchObject({
      ok: false,
      firstBrokenId: first,
      brokenChain: 'responses',
    });

    // An event (the 解除) rewritten: named on its own chain.
    raw = new Database(c.core.dbFile);
    raw.exec('DROP TRIGGER warning_events_no_update');
    const cancel = raw
      .prepare<[string], { id: string }>(
        `SELECT id FROM warning_events WHERE warning_id = ? AND kind = 'cancel'`,
      )
      .get(c.warning.id)!.id;
    raw.prepare(`UPDATE warning_events SET at = '2026-07-02T01:01:00.000Z' WHERE id = ?`).run(cancel);
    raw.close();
    expect(await c.core.invoke('warnings.verifyChain', {}, c.chief)).toMatchObject({
      ok: false,
      firstBrokenId: cancel,
      brokenChain: 'events',
    });
  });

  it('CAP 1.2 export carries the 预警响应 as parameters (level, plan, started, ended) that read back; import records none', async () => {
    const c = await setup();
    const base = { id: c.warning.id, decidedBy: '王副县长', document: '' };
    const exported = async () => {
      const out = await c.core.invoke('cap.export', { what: 'warning', id: c.warning.id });
      expect(out.identifiers.every((i) => CAP_IDENTIFIER_RE.test(i))).toBe(true);
      return out.files[0]!.xml;
    };
    const fields = (xml: string) => alertWarning(readAlert(xml), () => null);
    // No response: no response parameters.
    expect(await exported()).not.toContain('response');
    expect(fields(await exported()).response).toBeNull();

    c.later(10);
    const startedAt = c.now().toISOString();
    await c.core.invoke(
      'warnings.respond',
      { ...base, clientKey: key(), action: 'start', planId: c.planId, level: 'IV' },
      c.chief,
    );
    c.later(20);
    await c.core.invoke(
      'warnings.respond',
      { ...base, clientKey: key(), action: 'adjust', planId: null, level: 'III' },
      c.chief,
    );
    const running = await exported();
    expect(running).toMatch(
      /<parameter>\s*<valueName>responseLevel<\/valueName>\s*<value>III<\/value>\s*<\/parameter>/,
    );
    expect(running).toMatch(
      /<valueName>responseStarted<\/valueName>\s*<value>2026-07-02T09:10:00\+08:00<\/value>/,
    );
    expect(running).not.toContain('responseEnded');
    expect(fields(running).response).toEqual({
      level: 'III',
      planName: '县防汛抗旱应急预案',
      startedAt,
      endedAt: null,
    });

    c.later(30);
    const endedAt = c.now().toISOString();
    await c.core.invoke(
      'warnings.respond',
      { ...base, clientKey: key(), action: 'end', planId: null, level: null },
      c.chief,
    );
    const ended = await exported();
    expect(fields(ended).response).toEqual({
      level: 'III',
      planName: '县防汛抗旱应急预案',
      startedAt,
      endedAt,
    });

    // Imported into another room: the warning itself, no response decided there.
    const other = await setup();
    const back = await other.core.invoke(
      'cap.import',
      { clientKey: key(), fileName: 'a.xml', xml: ended.replace(/_\d+<\/identifier>/, '_7</identifier>') },
      other.chief,
    );
    expect(back.warning.headline).toBe(c.warning.headline);
    expect(back.warning.level).toBe('II');
    expect(back.warning.response).toBeNull();
    expect(back.warning.responseSteps).toEqual([]);
    // A response half said (a level that is none) is refused plainly, changing nothing.
    const before = fingerprint(other.core);
    const bad = ended
      .replace(/_\d+<\/identifier>/, '_8</identifier>')
      .replace('<value>III</value>', '<value>V</value>');
    const err = await refusal(
      other.core.invoke('cap.import', { clientKey: key(), fileName: 'b.xml', xml: bad }, other.chief),
    );
    expect(err.code).toBe('invalid_input');
    expect(err.message).toContain('responseLevel');
    expect(fingerprint(other.core)).toBe(before);
    // afterEach closes the last core set up (the other room); this one is closed here.
    await c.core.close();
  });
});
