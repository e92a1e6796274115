import { addMonths, nextShift, shiftAt, shiftsOfMonth, type Shift } from '../../common/shifts';
import { localDate } from '../../common/time/zone';
import type { Actor } from '../actor';
import { newId } from '../auth/secrets';
import type { WriteCtx } from '../handler';
import { assembleSheet } from '../handover/assemble';
import { blockingOf } from '../handover/blocking';
import { logHead } from '../logs/anchors';
import type { DraftFields } from '../handover/draft';
import { appendEvent, freeze, insertDraft, markSigned, saveDraft } from '../handover/repo';
import { crewAt, type Crew } from '../roster/repo';
import { replacePerson, swapPeople, writeCrew } from '../roster/service';
import { patternVersions, timeZoneOf } from '../shifts/repo';
import { stmt } from '../db/sql';
import { pick, seeded } from './random';
import type { DemoPerson } from './history';

const DAY = 86_400_000;
const MIN = 60_000;

/** People on the roster who do not sign in: county leaders reachable by phone. */
const CONTACTS = [
  { name: '钱卫东', phone: '13900005001', unit: '县人民政府', post: '副县长', role: 'leader' as const },
  { name: '郑国华', phone: '13900005002', unit: '县应急管理局', post: '局长', role: 'leader' as const },
  {
    name: '何文斌',
    phone: '13900005003',
    unit: '县应急管理局',
    post: '办公室主任',
    role: 'shift_chief' as const,
  },
];

const NOTES = [
  '夜间雨势较大，已提醒各乡镇加强地质灾害隐患点巡查。',
  '本班电话、传真畅通，值班电脑运行正常。',
  '市应急管理局通知明日上午九时召开视频调度会，已通知局领导。',
  '森林防火期，已按要求加强值班值守。',
  '本班无重大突发事件，各项工作交接清楚。',
  '已按要求报送本周安全生产检查情况。',
];
const EXPLAIN_REPORT = [
  '报告单位正在核实伤亡情况，已电话催报并告知接班值班长跟进',
  '已口头报告市局值班室，书面报告待镇里补充材料后报送',
];
const EXPLAIN_ITEM = ['电池送充，接班后半小时内交接', '借出至现场指挥部使用，已登记，预计中午归还'];
const EXPLAIN_FAULT = ['已联系厂家维修，配件在途，接班值班长继续跟踪', '已报局办公室，整改期限申请延后'];

export interface RosterCounts {
  contacts: number;
  rosterShifts: number;
  handovers: number;
}

/**
 * The demo roster and handovers: contacts, a roster from three months back to the end
 * of next month (the same people the demo history has on duty, so the log's authors
 * match the roster), a few swaps and replacements with their reasons, and signed
 * handover sheets for the past 30 days' shifts, each frozen as the room knew it when
 * it was signed. Deterministic for a seed and anchor time.
 */
export function loadRoster(ctx: WriteCtx, people: DemoPerson[], anchor: Date, seed = 606): RosterCounts {
  const rnd = seeded(seed);
  const end = anchor.getTime();
  const historyStart = end - 90 * DAY;
  const tz = timeZoneOf(ctx.db);
  const versions = patternVersions(ctx.db);
  const leaders = people.filter((p) => p.role === 'leader');
  const chiefs = people.filter((p) => p.role === 'shift_chief');
  const officers = people.filter((p) => p.role === 'duty_officer');
  const admin = people.find((p) => p.role === 'admin') ?? people[0]!;
  const as = (p: DemoPerson, at: number): WriteCtx => {
    const actor: Actor = { kind: 'operator', operatorId: p.id, name: p.name, role: p.role, tokenHash: '' };
    return { ...ctx, actor, now: () => new Date(at), nowIso: () => new Date(at).toISOString() };
  };

  // Contacts.
  const contactIds: string[] = [];
  const created = new Date(historyStart - 30 * DAY).toISOString();
  for (const c of CONTACTS) {
    const id = newId('ct');
    contactIds.push(id);
    stmt(
      ctx.db,
      `INSERT INTO roster_contacts (id, name, phone, unit, post, role, active, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)`,
    ).run(id, c.name, c.phone, c.unit, c.post, c.role, created, created);
  }

  // The roster: the rotation the history was written with (see history.ts onDuty).
  const month = localDate(anchor, tz).slice(0, 7);
  const months = [-3, -2, -1, 0, 1].map((n) => addMonths(month, n));
  const mod = (a: number, n: number) => ((a % n) + n) % n;
  // The history changes people at the anchor's time of day, not at the shift change: each
  // shift takes the history's crew at the same offset into it as now is into the current
  // shift, so the current shift's log is written by exactly the people on its roster.
  const current = shiftAt(versions, tz, anchor);
  const offset = end - 60_000 - Date.parse(current.start);
  const crewFor = (s: Shift): Crew => {
    const day = Math.floor((Date.parse(s.start) + offset - historyStart) / DAY);
    return {
      leader: leaders[mod(day, leaders.length)]!.id,
      chief: chiefs[mod(day, chiefs.length)]!.id,
      officers: [
        officers[mod(day * 2, officers.length)]!.id,
        officers[mod(day * 2 + 1, officers.length)]!.id,
      ],
    };
  };
  // Planned at the start of the first month, by the office (the administrator here).
  const firstMonth = shiftsOfMonth(versions, tz, months[0]!);
  const plannedAt = Date.parse(firstMonth[0]!.start) - 10 * DAY;
  let rosterShifts = 0;
  for (const m of months) {
    for (const s of shiftsOfMonth(versions, tz, m)) {
      writeCrew(as(admin, Math.min(plannedAt + rosterShifts * MIN, end)), s, crewFor(s), 'fill', '');
      rosterShifts++;
    }
  }

  // Changes people asked for, with their reasons: a swap, replacements, one by a contact.
  const byOffset = (days: number) =>
    shiftAt(versions, tz, new Date(Date.parse(current.start) + days * DAY + MIN));
  const swapA = byOffset(-20);
  const swapB = byOffset(-18);
  const officerOf = (s: Shift) => crewAt(ctx.db, s.key).officers[0]!;
  const chiefActor = chiefs[0]!;
  if (officerOf(swapA) !== officerOf(swapB))
    swapPeople(
      as(chiefActor, Date.parse(swapA.start) - 3 * DAY),
      { key: swapA.key, personId: officerOf(swapA) },
      { key: swapB.key, personId: officerOf(swapB) },
      '家中有事，两人协商换班',
    );
  const sick = byOffset(-9);
  const sickCrew = crewAt(ctx.db, sick.key);
  const stand = officers.find((o) => !sickCrew.officers.includes(o.id))!;
  replacePerson(
    as(chiefActor, Date.parse(sick.start) - 6 * 3_600_000),
    sick.key,
    sickCrew.officers[1]!,
    stand.id,
    '病假',
  );
  const leaderAway = byOffset(3);
  const awayLeader = crewAt(ctx.db, leaderAway.key).leader;
  if (awayLeader)
    replacePerson(
      as(admin, Math.min(end, Date.parse(current.start) + 2 * 3_600_000)),
      leaderAway.key,
      awayLeader,
      contactIds[0]!,
      '原带班领导参加市里会议，由钱副县长带班',
    );

  // Signed handovers of the past 30 days' shifts, each as it was signed at its end.
  let handovers = 0;
  let s = shiftAt(versions, tz, new Date(end - 30 * DAY));
  while (Date.parse(s.end) <= end) {
    const next = nextShift(versions, tz, s);
    signPast(s, next);
    handovers++;
    s = next;
  }
  return { contacts: contactIds.length, rosterShifts, handovers };

  function signPast(shift: Shift, next: Shift) {
    const crew = crewAt(ctx.db, shift.key);
    const incoming = crewAt(ctx.db, next.key);
    const byId = (id: string | null) => people.find((p) => p.id === id);
    const outgoingChief = byId(crew.chief) ?? chiefs[0]!;
    const incomingChief = byId(incoming.chief) ?? chiefs.find((c) => c.id !== outgoingChief.id)!;
    const leader = byId(crew.leader) ?? leaders[0]!;
    const t0 = Date.parse(shift.end) - 20 * MIN;
    const signedAt = Math.min(end, Date.parse(shift.end) + Math.round(5 + rnd() * 20) * MIN);
    const row = insertDraft(ctx.db, shift, new Date(t0).toISOString());
    const items = stmt<[], { id: string }>(
      ctx.db,
      `SELECT id FROM equipment WHERE handover = 1 AND status <> 'retired'`,
    ).all();
    const draft: DraftFields = { notes: pick(rnd, NOTES), explanations: {} };
    const asOf = new Date(signedAt);
    let sheet = assembleSheet(ctx.db, shift, asOf, draft, { historical: true });
    const open = blockingOf(sheet, 'zh-CN').filter((b) => !b.explained);
    if (open.length > 0) {
      for (const b of open)
        draft.explanations[b.key] = pick(
          rnd,
          b.kind === 'overdue_report'
            ? EXPLAIN_REPORT
            : b.kind === 'unticked_item'
              ? EXPLAIN_ITEM
              : EXPLAIN_FAULT,
        );
      sheet = assembleSheet(ctx.db, shift, asOf, draft, { historical: true });
    }
    saveDraft(ctx.db, row.id, draft, new Date(t0).toISOString());
    const at = (k: number) => new Date(Math.min(end, signedAt + k * MIN)).toISOString();
    const hash = freeze(ctx.db, row.id, sheet, at(0));
    const event = (who: DemoPerson, k: number, kind: 'freeze' | 'signature', data: unknown) =>
      appendEvent(ctx.db, {
        handover_id: row.id,
        kind,
        at: at(k),
        author_id: who.id,
        author_name: who.name,
        data_json: JSON.stringify(data),
        client_key: null,
      });
    // The demo's log is written all at once, so every past sheet anchors the head as loaded.
    const anchor = logHead(ctx.db);
    event(outgoingChief, 0, 'freeze', { shiftKey: shift.key, snapshotHash: hash, anchor });
    const signature = (role: string, who: DemoPerson, k: number, extra: object = {}) =>
      event(who, k, 'signature', {
        role,
        operatorId: who.id,
        name: who.name,
        proof: 'session',
        anchor,
        ...extra,
      });
    signature('outgoing', outgoingChief, 0);
    signature('incoming', incomingChief, 1, {
      receipt: { items: items.map((i) => ({ equipmentId: i.id, received: true, note: '' })) },
    });
    signature('leader', leader, 2);
    markSigned(ctx.db, row.id, at(2));
  }
}
