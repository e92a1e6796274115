import { afterEach, describe, expect, it } from 'vitest';
import { CAP_IDENTIFIER_RE } from '../../common/cap/identifier';
import { incidentIntakeOf, type WarningView } from '../../common/contract/warnings';
import { recipientStatus, warningState, type WarningRules } from '../../common/domain/warnings';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { fingerprint, signIn, refusal } from '../testing';
import { verifyWarningChain } from './repo';
import { callListReviewDue, coveredDeadline } from './reminders';
import { handoverWarnings } from './handover';
import { warningCounty } from './testing';

let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

let n = 0;
const key = () => `k_warn_${++n}_abcdef`;
const MIN = 60_000;

/** A county with three towns' 叫应 ladders (duty line, then 书记) and the clock at 09:00 Beijing. */
async function county() {
  const c = await warningCounty({ towns: 3, key });
  core = c.core;
  const ladder: Record<string, { duty: string; head: string }> = {};
  for (const [i, t] of c.towns.entries()) {
    const base = {
      category: 'town' as const,
      unit: `${t.name}人民政府`,
      mobile: '',
      officePhone: '',
      townCode: t.code,
      notes: '',
      reviewedOn: '2026-04-15',
    };
    const head = await c.core.invoke(
      'contacts.upsert',
      {
        ...base,
        person: `${t.name.slice(0, 1)}书记`,
        post: '党委书记',
        dutyPhone: '',
        mobile: `1390000110${i}`,
        callList: true,
      },
      c.admin,
    );
    const duty = await c.core.invoke(
      'contacts.upsert',
      { ...base, person: '', post: '应急值班室', dutyPhone: `0812-556110${i}`, callList: false },
      c.admin,
    );
    ladder[t.code] = { duty: duty.id, head: head.id };
  }
  return { ...c, ladder };
}

async function forwarded(c: Awaited<ReturnType<typeof county>>, chief: Actor) {
  const { warning } = await c.core.invoke('warnings.receive', c.orange(), chief);
  const out = await c.core.invoke(
    'warnings.forward',
    {
      id: warning.id,
      recipients: c.towns.map((t) => ({ contactId: c.ladder[t.code]!.duty, channel: 'phone' as const })),
    },
    chief,
  );
  return out.warning;
}

describe('预警叫应', () => {
  it('forwards an orange warning to three towns; two answer, the third is late, escalates and is recorded late', async () => {
    const c = await county();
    const w = await forwarded(c, c.chief);
    expect(w.capIdentifier).toMatch(CAP_IDENTIFIER_RE);
    expect(w.recipients.map((r) => r.needsCall)).toEqual([true, true, true]);
    const [a, b, third] = w.recipients;
    c.later(3);
    await c.core.invoke(
      'warnings.logCall',
      { recipientId: a!.id, answered: true, answeredBy: '值班员', note: '' },
      c.chief,
    );
    await c.core.invoke(
      'warnings.acknowledge',
      { recipientId: a!.id, by: '值班员甲', how: 'phone', note: '' },
      c.chief,
    );
    await c.core.invoke(
      'warnings.acknowledge',
      { recipientId: b!.id, by: '值班员乙', how: 'sms', note: '' },
      c.chief,
    );
    let got = (await c.core.invoke('warnings.get', { id: w.id })).warning;
    // One recipient's answer never marks another's.
    expect(got.recipients.map((r) => r.ack?.by ?? null)).toEqual(['值班员甲', '值班员乙', null]);
    expect(got.recipients[1]!.calledAt).toBeNull();
    c.later(28);
    got = (await c.core.invoke('warnings.get', { id: w.id })).warning;
    const rules = (await c.core.invoke('warnings.rules', {})) as WarningRules;
    const clock = (r: (typeof got.recipients)[number]) => ({
      sentAt: r.sentAt,
      needsCall: r.needsCall,
      calledAt: r.calledAt,
      ackedAt: r.ack?.at ?? null,
      escalated: r.escalatedTo !== null,
    });
    expect(recipientStatus(clock(got.recipients[2]!), rules, c.now())).toMatchObject({
      escalate: true,
      ackLate: true,
    });
    // b answered in time without a 叫应 call: its call is late, its 回执 is not.
    expect(recipientStatus(clock(got.recipients[1]!), rules, c.now())).toMatchObject({
      callLate: true,
      ackLate: false,
    });
    expect(
      warningState(
        {
          expiresAt: got.expiresAt,
          cancelled: false,
          superseded: false,
          recipients: got.recipients.map(clock),
        },
        rules,
        c.now(),
      ),
    ).toBe('partly_unacked');
    // Escalation goes to the next person of that town: its 书记.
    got = (await c.core.invoke('warnings.escalate', { recipientId: third!.id, channel: 'phone' }, c.chief))
      .warning;
    const head = got.recipients.find((r) => r.escalatedFrom === third!.id)!;
    expect(head.contactId).toBe(c.ladder[c.towns[2]!.code]!.head);
    expect(got.recipients.find((r) => r.id === third!.id)!.escalatedTo).toBe(head.id);
    const again = await refusal(
      c.core.invoke('warnings.escalate', { recipientId: third!.id, channel: 'phone' }, c.chief),
    );
    expect(again.key).toBe('errors.warning_escalated');
    // The top of the ladder: nobody left in that town.
    const top = await refusal(
      c.core.invoke('warnings.escalate', { recipientId: head.id, channel: 'phone' }, c.chief),
    );
    expect(top.key).toBe('errors.warning_ladder_top');
    // The late town answers: recorded late, for good; the 书记's own answer is still awaited.
    got = (
      await c.core.invoke(
        'warnings.acknowledge',
        { recipientId: third!.id, by: '值班员丙', how: 'phone', note: '迟复' },
        c.chief,
      )
    ).warning;
    expect(got.recipients.find((r) => r.id === third!.id)!.ack).toMatchObject({ late: true, by: '值班员丙' });
    expect(got.recipients.find((r) => r.id === head.id)!.ack).toBeNull();
    expect(got.recipients.filter((r) => r.ack).map((r) => r.ack!.late)).toEqual([false, false, true]);
    expect(verifyWarningChain(c.core.db().read)).toMatchObject({ ok: true, checked: 4 });
  });

  it('escalates by itself once the 回执 is 30 minutes overdue: the next of that town, once, recorded as 自动升级', async () => {
    const c = await county();
    const w = await forwarded(c, c.chief);
    const [a, b, third] = w.recipients;
    c.later(5);
    for (const [r, by] of [
      [a!, '值班员甲'],
      [b!, '值班员乙'],
    ] as const)
      await c.core.invoke('warnings.acknowledge', { recipientId: r.id, by, how: 'phone', note: '' }, c.chief);
    // 29 minutes after sending: nothing climbs yet.
    c.later(24);
    c.core.tick();
    let got = (await c.core.invoke('warnings.get', { id: w.id })).warning;
    expect(got.recipients).toHaveLength(3);
    // Past 30: the silent town's 书记 is sent it by the rule, at that minute; the answered ones stay put.
    c.later(2);
    const heard: string[][] = [];
    const off = c.core.subscribe((e) => {
      if (e.type === 'warnings.changed') heard.push(e.ids ?? []);
    });
    c.core.tick();
    off();
    expect(heard).toEqual([[w.id]]);
    got = (await c.core.invoke('warnings.get', { id: w.id })).warning;
    expect(got.recipients).toHaveLength(4);
    const head = got.recipients.find((r) => r.escalatedFrom === third!.id)!;
    expect(head).toMatchObject({
      contactId: c.ladder[c.towns[2]!.code]!.head,
      auto: true,
      sentBy: '',
      sentAt: c.now().toISOString(),
      needsCall: true,
      ack: null,
    });
    expect(got.recipients.find((r) => r.id === third!.id)!.escalatedTo).toBe(head.id);
    expect(got.recipients.filter((r) => r.id !== head.id).every((r) => !r.auto)).toBe(true);
    // Once: another tick sends nothing more; the 书记's own half hour runs from now.
    c.later(10);
    c.core.tick();
    expect((await c.core.invoke('warnings.get', { id: w.id })).warning.recipients).toHaveLength(4);
    // The silent one answers at last: kept as late; a manual escalation of it is refused as done.
    got = (
      await c.core.invoke(
        'warnings.acknowledge',
        { recipientId: third!.id, by: '值班员丙', how: 'phone', note: '' },
        c.chief,
      )
    ).warning;
    expect(got.recipients.find((r) => r.id === third!.id)!.ack).toMatchObject({ late: true, by: '值班员丙' });
    // The 书记 is the top of that ladder: past their own 30 minutes nobody is left to send it to.
    c.later(25);
    c.core.tick();
    got = (await c.core.invoke('warnings.get', { id: w.id })).warning;
    expect(got.recipients).toHaveLength(4);
    // On the handover sheet: the climb, named, marked 自动.
    const sheet = handoverWarnings(c.core.db().read, c.now()).find((x) => x.id === w.id)!;
    expect(sheet.escalated).toEqual([
      {
        from: `${c.towns[2]!.name}人民政府 应急值班室`,
        to: `${c.towns[2]!.name}人民政府 ${c.towns[2]!.name.slice(0, 1)}书记`,
        at: head.sentAt,
        auto: true,
      },
    ]);
    expect(verifyWarningChain(c.core.db().read).ok).toBe(true);
  });

  it('does not escalate a cancelled or expired warning, nor a department outside the towns', async () => {
    const c = await county();
    const w = await forwarded(c, c.chief);
    await c.core.invoke('warnings.cancel', { id: w.id, reason: '县气象台解除' }, c.chief);
    const short = (
      await c.core.invoke(
        'warnings.receive',
        c.orange({ expiresAt: new Date(c.now().getTime() + 20 * MIN).toISOString() }),
        c.chief,
      )
    ).warning;
    await c.core.invoke(
      'warnings.forward',
      { id: short.id, recipients: [{ contactId: c.ladder[c.towns[0]!.code]!.duty, channel: 'sms' }] },
      c.chief,
    );
    c.later(45);
    c.core.tick();
    for (const id of [w.id, short.id]) {
      const got = (await c.core.invoke('warnings.get', { id })).warning;
      expect(got.recipients.some((r) => r.escalatedFrom)).toBe(false);
    }
  });

  it('becomes an incident prefilled from it, linked both ways, once', async () => {
    const c = await county();
    const w = await forwarded(c, c.chief);
    c.later(20);
    const intake = incidentIntakeOf(w, c.now().toISOString());
    expect(intake).toMatchObject({
      title: '县气象台发布暴雨橙色预警信号',
      description: w.body,
      category: 'natural',
      subtype: 'rainstorm',
      channel: 'system',
      caller: { unit: '县气象台' },
      place: { townCode: c.towns[0]!.code, address: c.towns.map((t) => t.name).join('、') },
      grade: 'unrated',
    });
    const out = await c.core.invoke(
      'warnings.toIncident',
      { id: w.id, clientKey: 'k_warn_incident_1', intake: { ...intake, grade: 'IV' } },
      c.chief,
    );
    expect(out.replayed).toBe(false);
    expect(out.warning.incidentId).toBe(out.incidentId);
    const inc = await c.core.invoke('incidents.get', { id: out.incidentId });
    expect(inc.incident).toMatchObject({
      title: intake.title,
      subtype: 'rainstorm',
      grade: 'IV',
      drill: null,
    });
    expect(await c.core.invoke('warnings.ofIncident', { incidentId: out.incidentId })).toEqual({
      warnings: [{ id: w.id, level: 'II', hazard: 'rainstorm', headline: w.headline }],
    });
    // The same submit again answers with what it did; another is refused, naming the incident.
    const again = await c.core.invoke(
      'warnings.toIncident',
      { id: w.id, clientKey: 'k_warn_incident_1', intake },
      c.chief,
    );
    expect(again).toMatchObject({ replayed: true, incidentId: out.incidentId });
    const before = fingerprint(c.core);
    const twice = await refusal(
      c.core.invoke('warnings.toIncident', { id: w.id, clientKey: 'k_warn_incident_2', intake }, c.chief),
    );
    expect(twice).toMatchObject({
      key: 'errors.warning_has_incident',
      params: { number: inc.incident.number },
    });
    expect(fingerprint(c.core)).toBe(before);
    expect((await c.core.invoke('warnings.ofIncident', { incidentId: 'inc_nothing_here' })).warnings).toEqual(
      [],
    );
    expect(verifyWarningChain(c.core.db().read).ok).toBe(true);
  });

  it('refuses bad answers with a clear error and changes nothing', async () => {
    const c = await county();
    const w = await forwarded(c, c.chief);
    const r = w.recipients[0]!;
    const before = fingerprint(c.core);
    const early = await refusal(
      c.core.invoke(
        'warnings.acknowledge',
        {
          recipientId: r.id,
          at: new Date(c.now().getTime() - MIN).toISOString(),
          by: '甲',
          how: 'phone',
          note: '',
        },
        c.chief,
      ),
    );
    expect(early.key).toBe('errors.warning_time_order');
    expect(early.message).toContain('不能早于');
    const future = await refusal(
      c.core.invoke(
        'warnings.acknowledge',
        {
          recipientId: r.id,
          at: new Date(c.now().getTime() + 30 * MIN).toISOString(),
          by: '甲',
          how: 'phone',
          note: '',
        },
        c.chief,
      ),
    );
    expect(future.key).toBe('errors.warning_future');
    const nobody = await refusal(
      c.core.invoke(
        'warnings.acknowledge',
        { recipientId: 'wrc_nothing', by: '甲', how: 'phone', note: '' },
        c.chief,
      ),
    );
    expect(nobody.code).toBe('not_found');
    const twice = await refusal(
      c.core.invoke(
        'warnings.forward',
        { id: w.id, recipients: [{ contactId: c.ladder[c.towns[0]!.code]!.duty, channel: 'sms' }] },
        c.chief,
      ),
    );
    expect(twice.key).toBe('errors.warning_already_sent');
    const badTown = await refusal(
      c.core.invoke('warnings.receive', c.orange({ towns: ['990199999'] }), c.chief),
    );
    expect(badTown.message).toContain('990199999');
    const order = await refusal(
      c.core.invoke(
        'warnings.receive',
        c.orange({ expiresAt: new Date(c.now().getTime() - 60 * MIN).toISOString() }),
        c.chief,
      ),
    );
    expect(order.key).toBe('errors.warning_times');
    expect(fingerprint(c.core)).toBe(before);
    await c.core.invoke(
      'warnings.acknowledge',
      { recipientId: r.id, by: '甲', how: 'phone', note: '' },
      c.chief,
    );
    const again = await refusal(
      c.core.invoke('warnings.acknowledge', { recipientId: r.id, by: '乙', how: 'phone', note: '' }, c.chief),
    );
    expect(again.key).toBe('errors.warning_acked');
  });

  it('keeps warnings, recipients and the ledger append-only', async () => {
    const c = await county();
    const w = await forwarded(c, c.chief);
    await c.core.invoke(
      'warnings.acknowledge',
      { recipientId: w.recipients[0]!.id, by: '甲', how: 'phone', note: '' },
      c.chief,
    );
    const db = c.core.db().write;
    expect(() => db.prepare(`UPDATE warnings SET level = 'IV'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM warning_recipients`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`UPDATE warning_events SET at = 'x'`).run()).toThrow(/append-only/);
  });

  it('an update replaces the warning, a cancelled one takes no more forwarding, and the live list follows', async () => {
    const c = await county();
    const w = await forwarded(c, c.chief);
    const { warning: red } = await c.core.invoke(
      'warnings.receive',
      c.orange({ level: 'I', updates: w.id, headline: '暴雨红色预警' }),
      c.chief,
    );
    let live = await c.core.invoke('warnings.list', {});
    expect(live.warnings.map((x) => x.id)).toEqual([red.id]);
    expect((await c.core.invoke('warnings.get', { id: w.id })).warning.supersededBy).toBe(red.id);
    await c.core.invoke('warnings.cancel', { id: red.id, reason: '县气象台解除' }, c.chief);
    const after = await refusal(
      c.core.invoke(
        'warnings.forward',
        { id: red.id, recipients: [{ contactId: c.ladder[c.towns[0]!.code]!.head, channel: 'phone' }] },
        c.chief,
      ),
    );
    expect(after.key).toBe('errors.warning_not_live');
    expect(after.message).toContain('已解除');
    live = await c.core.invoke('warnings.list', {});
    expect(live.warnings).toEqual([]);
    expect((await c.core.invoke('warnings.list', { scope: 'all' })).warnings).toHaveLength(2);
  });

  it('replays a receive with the same client key instead of storing it twice', async () => {
    const c = await county();
    const input = c.orange();
    const first = await c.core.invoke('warnings.receive', input, c.chief);
    const again = await c.core.invoke('warnings.receive', input, c.chief);
    expect(again).toMatchObject({ replayed: true, warning: { id: first.warning.id } });
  });

  it('reminds of the 叫应名录 review by its yearly date', async () => {
    const c = await county();
    expect(coveredDeadline('2026-04-15', '04-20')).toBe('2026-04-20');
    expect(coveredDeadline('2026-05-01', '04-20')).toBe('2027-04-20');
    // Confirmed 2026-04-15: next due 2027-04-20, so nothing in July.
    expect(callListReviewDue.list(c.core.db().read, c.now())[0]).toMatchObject({
      dueAt: expect.stringMatching(/^2027-04-20/),
    });
    await c.core.invoke(
      'warnings.saveRules',
      { callLevels: ['I', 'II'], callMinutes: 5, ackMinutes: 30, reviewDate: '06-30' },
      c.admin,
    );
    const item = callListReviewDue.list(c.core.db().read, c.now())[0]!;
    expect(item).toMatchObject({ params: { n: 3, date: '2027-06-30' } });
  });
  it('puts the warnings in force and who still owes a 回执 on the handover sheet, late ones marked', async () => {
    const c = await county();
    const w = await forwarded(c, c.chief);
    await c.core.invoke(
      'warnings.acknowledge',
      { recipientId: w.recipients[0]!.id, by: '甲', how: 'phone', note: '' },
      c.chief,
    );
    c.later(31);
    const [line] = handoverWarnings(c.core.db().read, c.now());
    expect(line).toMatchObject({ id: w.id, level: 'II', acked: 1, sent: 3 });
    expect(line!.waiting.map((x) => [x.unit, x.late])).toEqual([
      [`${c.towns[1]!.name}人民政府`, true],
      [`${c.towns[2]!.name}人民政府`, true],
    ]);
    const sheet = (await c.core.invoke('handover.draft', {})).sheet;
    expect(sheet.warnings?.map((x) => x.id)).toEqual([w.id]);
    // Cancelled: no longer on the sheet.
    await c.core.invoke('warnings.cancel', { id: w.id, reason: '解除' }, c.chief);
    expect(handoverWarnings(c.core.db().read, c.now())).toEqual([]);
  });
});

describe('CAP 1.2 exchange (GB/T 35965.1)', () => {
  const fieldsOf = (w: WarningView) => {
    const {
      id: _i,
      receivedAt: _r,
      receivedBy: _b,
      channel: _c,
      recipients: _p,
      supersedes: _s,
      ...rest
    } = w;
    return rest;
  };

  it('exports a warning that imports back field for field, and each 回执 as an Ack referring to it', async () => {
    const c = await county();
    const polygon: [number, number][] = [
      [111.5, 27.5],
      [111.6, 27.5],
      [111.6, 27.6],
      [111.5, 27.5],
    ];
    const input = c.orange({ issuerRef: '县气预〔2026〕33号', polygon, body: '<b>注意</b> & "防范" 👨‍👩‍👧' });
    const { warning: w } = await c.core.invoke('warnings.receive', input, c.chief);
    await c.core.invoke(
      'warnings.forward',
      { id: w.id, recipients: [{ contactId: c.ladder[c.towns[0]!.code]!.duty, channel: 'phone' }] },
      c.chief,
    );
    const fwd = (await c.core.invoke('warnings.get', { id: w.id })).warning;
    await c.core.invoke(
      'warnings.acknowledge',
      { recipientId: fwd.recipients[0]!.id, by: '甲', how: 'phone', note: '' },
      c.chief,
    );
    const out = await c.core.invoke('cap.export', { what: 'warning', id: w.id });
    const xml = out.files[0]!.xml;
    expect(xml).toContain('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">');
    expect(xml).toContain('<status>Actual</status>');
    expect(out.identifiers.every((i) => CAP_IDENTIFIER_RE.test(i))).toBe(true);
    const acks = await c.core.invoke('cap.export', { what: 'acks', id: w.id });
    expect(acks.files).toHaveLength(1);
    expect(acks.files[0]!.xml).toContain('<msgType>Ack</msgType>');
    expect(acks.files[0]!.xml).toContain(`,${w.capIdentifier},`);
    expect(acks.identifiers.every((i) => CAP_IDENTIFIER_RE.test(i))).toBe(true);

    // Into another county's room with the same towns: the same warning.
    const other = await county();
    const back = await other.core.invoke(
      'cap.import',
      { clientKey: key(), fileName: 'a.xml', xml },
      other.chief,
    );
    expect(fieldsOf(back.warning)).toEqual(fieldsOf(w));
    expect(back.warning.channel).toBe('cap_file');
    // An Update replaces it, a Cancel lifts the update.
    const update = xml
      .replace('<msgType>Alert</msgType>', '<msgType>Update</msgType>')
      .replace(
        `<identifier>${w.capIdentifier}</identifier>`,
        `<identifier>${w.capIdentifier.replace(/_1$/, '_2')}</identifier>`,
      )
      .replace(
        '<scope>Public</scope>',
        `<scope>Public</scope>\n  <references>x,${w.capIdentifier},y</references>`,
      );
    const up = await other.core.invoke(
      'cap.import',
      { clientKey: key(), fileName: 'b.xml', xml: update },
      other.chief,
    );
    expect(up.warning.supersedes).toBe(back.warning.id);
    const cancel = update
      .replace('<msgType>Update</msgType>', '<msgType>Cancel</msgType>')
      .replace(`x,${w.capIdentifier},y`, `x,${up.warning.capIdentifier},y`);
    const lifted = await other.core.invoke(
      'cap.import',
      { clientKey: key(), fileName: 'c.xml', xml: cancel },
      other.chief,
    );
    expect(lifted.warning.cancelled).not.toBeNull();
    await other.core.close();
  });

  it('refuses XXE, entity bombs, drill traffic outside a drill and repeats, changing nothing', async () => {
    const c = await county();
    const { warning: w } = await c.core.invoke('warnings.receive', c.orange(), c.chief);
    const xml = (await c.core.invoke('cap.export', { what: 'warning', id: w.id })).files[0]!.xml;
    const before = fingerprint(c.core);
    const imp = (x: string) =>
      refusal(c.core.invoke('cap.import', { clientKey: key(), fileName: 'x.xml', xml: x }, c.chief));
    const xxe = xml.replace(
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?xml version="1.0"?><!DOCTYPE alert [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    );
    expect((await imp(xxe)).message).toContain('DOCTYPE');
    const lol = `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">&b;</alert>`;
    expect((await imp(lol)).key).toBe('errors.cap_doctype');
    expect((await imp(xml.replace('<status>Actual</status>', '<status>Exercise</status>'))).key).toBe(
      'errors.cap_exercise_needs_drill',
    );
    expect((await imp(xml)).key).toBe('errors.cap_duplicate');
    expect(
      (
        await imp(
          xml
            .replace(/990101\d{3}<\/value>/g, '110101001</value>')
            .replace(/_1<\/identifier>/, '_7</identifier>'),
        )
      ).key,
    ).toBe('errors.cap_no_towns');
    expect((await imp('<alert>')).message).toContain('XML');
    expect(fingerprint(c.core)).toBe(before);
  });
});

describe('drill traffic (演练)', () => {
  it('a warning received under a running drill stays off the live list, the register, the desk and the handover sheet', async () => {
    const c = await county();
    const controller = await signIn(c.core, 'leader');
    const drill = await c.core.invoke(
      'drills.save',
      {
        id: null,
        campaignId: null,
        domainId: null,
        title: '防汛叫应演练',
        form: 'tabletop',
        content: 'single',
        purpose: 'test',
        announce: 'announced',
        scheduledAt: null,
        place: '值班室',
        scenario: '暴雨橙色预警叫应',
        planIds: [],
        units: [],
        controllerIds: [controller.kind === 'operator' ? controller.operatorId : ''],
        script: [],
      },
      controller,
    );
    await c.core.invoke('drills.start', { id: drill.id }, controller);
    const real = await c.core.invoke('warnings.receive', c.orange({ headline: '真实预警' }), c.chief);
    const exercise = await c.core.invoke(
      'warnings.receive',
      c.orange({ headline: '演练预警', drillId: drill.id }),
      c.chief,
    );
    const ids = (w: { warnings: WarningView[] }) => w.warnings.map((x) => x.id);
    // Live (the desk and the wall read this) and the register: the real one only.
    const live = await c.core.invoke('warnings.list', {}, c.chief);
    expect(ids(live)).toEqual([real.warning.id]);
    const all = await c.core.invoke('warnings.list', { scope: 'all' }, c.chief);
    expect(ids(all)).toEqual([real.warning.id]);
    // Asked for, the drill's own shows, marked as the drill's.
    const withDrills = await c.core.invoke('warnings.list', { scope: 'all', includeDrills: true }, c.chief);
    expect(ids(withDrills)).toContain(exercise.warning.id);
    expect(withDrills.warnings.find((w) => w.id === exercise.warning.id)?.drillId).toBe(drill.id);
    // The handover sheet's warnings in force.
    const sheet = handoverWarnings(c.core.db().read, c.now());
    expect(sheet.map((w) => w.id)).toEqual([real.warning.id]);
  });
});
