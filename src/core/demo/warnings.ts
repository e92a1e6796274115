import type { ParsedInputOf } from '../../common/contract';
import { zonedToInstant } from '../../common/time/zone';
import { stmt } from '../db/sql';
import type { WriteCtx } from '../handler';
import { escalateOverdue } from '../warnings/escalation';
import { warningHandlers } from '../warnings/handlers';
import { warningRow, warningView } from '../warnings/repo';
import type { DemoTown } from './geography';

const MIN = 60_000;
type Input<N extends keyof typeof warningHandlers> = ParsedInputOf<N>;

/**
 * The demo's flood-season week (演示数据): last July, a yellow 暴雨 warning to four towns,
 * all answering in time; two days later an orange one to three towns, phoned at once —
 * two answer, the third's duty line rings out, is escalated by the rule after 30 minutes to its
 * 党委书记, who answers; the duty line's own answer comes in late and is kept as late. On the
 * orange the county's 防指 starts a Ⅳ级 预警响应 under the flood plan, ended once the 气象台
 * lifts the warning that night.
 * Entered by the demo's shift chief at the times they happened.
 */
export function loadWarnings(
  ctx: WriteCtx,
  towns: DemoTown[],
  now: Date,
): { warnings: number; recipients: number } {
  const chief = stmt<[], { id: string; name: string }>(
    ctx.db,
    `SELECT id, name FROM operators WHERE role = 'shift_chief' AND active = 1 ORDER BY created_at, name LIMIT 1`,
  ).get();
  if (!chief || towns.length < 4) return { warnings: 0, recipients: 0 };
  const year = Number(now.toISOString().slice(0, 4)) - (now.getUTCMonth() >= 7 ? 0 : 1);
  let clock = new Date(0);
  const at = (day: number, hour: number, minute: number) =>
    (clock = zonedToInstant('Asia/Shanghai', year, 7, day, hour, minute));
  const after = (minutes: number) => (clock = new Date(clock.getTime() + minutes * MIN));
  const as: WriteCtx = {
    ...ctx,
    now: () => clock,
    nowIso: () => clock.toISOString(),
    actor: { kind: 'operator', operatorId: chief.id, name: chief.name, role: 'shift_chief', tokenHash: '' },
  };
  type Out = { warning: { id: string; recipients: { id: string; escalatedFrom: string | null }[] } };
  const run = <N extends keyof typeof warningHandlers>(name: N, input: Input<N>) =>
    (warningHandlers[name] as unknown as { run(i: Input<N>, c: WriteCtx): Out }).run(input, as).warning;
  const contactsOf = (code: string) =>
    stmt<[string], { id: string; person: string }>(
      ctx.db,
      `SELECT id, person FROM contacts WHERE town_code = ? AND archived = 0 ORDER BY person = '' DESC, call_list DESC, unit`,
    ).all(code);
  const dutyLine = (code: string) => contactsOf(code)[0]!.id;
  const ack = (recipientId: string, by: string, how: 'phone' | 'fax' | 'sms' = 'phone') =>
    run('warnings.acknowledge', { recipientId, at: clock.toISOString(), by, how, note: '' });
  const call = (recipientId: string, answered: boolean, answeredBy = '') =>
    run('warnings.logCall', { recipientId, at: clock.toISOString(), answered, answeredBy, note: '' });

  // Day 1: yellow, four towns, by fax and phone; every answer within 20 minutes.
  const four = towns.slice(0, 4);
  const received = at(8, 9, 5);
  const yellow = run('warnings.receive', {
    clientKey: `demo_warning_${year}_yellow`,
    source: 'weather',
    issuer: '县气象台',
    issuerRef: `县气预〔${year}〕31号`,
    hazard: 'rainstorm',
    level: 'III',
    headline: '县气象台发布暴雨黄色预警信号',
    body: `预计未来6小时内${four.map((t) => t.name).join('、')}降雨量将达50毫米以上，请做好山洪、地质灾害防范。`,
    towns: four.map((t) => t.code),
    polygon: null,
    effectiveAt: received.toISOString(),
    onsetAt: null,
    expiresAt: new Date(received.getTime() + 18 * 60 * MIN).toISOString(),
    receivedAt: received.toISOString(),
    channel: 'system',
  } as Input<'warnings.receive'>);
  after(6);
  const y = run('warnings.forward', {
    id: yellow.id,
    recipients: four.map((t) => ({ contactId: dutyLine(t.code), channel: 'fax' as const })),
  });
  for (const [i, r] of y.recipients.entries()) {
    after(3 + i * 2);
    ack(r.id, `${four[i]!.name.slice(0, 1)}值班员`, i % 2 ? 'phone' : 'fax');
  }

  // Day 3: orange, three towns, phoned (叫应) at once.
  const three = towns.slice(0, 3);
  const issued = at(10, 14, 20);
  const orange = run('warnings.receive', {
    clientKey: `demo_warning_${year}_orange`,
    source: 'weather',
    issuer: '县气象台',
    issuerRef: `县气预〔${year}〕33号`,
    hazard: 'rainstorm',
    level: 'II',
    headline: '县气象台发布暴雨橙色预警信号',
    body: `过去3小时${three[0]!.name}降雨量已达60毫米，预计未来3小时仍将持续，请立即落实防范措施，转移危险区群众。`,
    towns: three.map((t) => t.code),
    polygon: null,
    effectiveAt: issued.toISOString(),
    onsetAt: null,
    expiresAt: new Date(issued.getTime() + 12 * 60 * MIN).toISOString(),
    receivedAt: issued.toISOString(),
    channel: 'system',
  } as Input<'warnings.receive'>);
  after(2);
  const sent = clock.getTime();
  const o = run('warnings.forward', {
    id: orange.id,
    recipients: three.map((t) => ({ contactId: dutyLine(t.code), channel: 'phone' as const })),
  });
  const [a, b, late] = o.recipients;
  // The 防指 starts a Ⅳ级 warning response under the flood plan (预警行动) as the calls go out.
  const flood = stmt<[string], { id: string }>(ctx.db, 'SELECT id FROM plans WHERE name = ?').get(
    '青岚示范县防汛抗旱应急预案',
  );
  const decision = { id: orange.id, decidedBy: '县防指副指挥长（分管副县长）' };
  if (flood)
    run('warnings.respond', {
      ...decision,
      clientKey: `demo_warning_${year}_orange_response`,
      action: 'start',
      planId: flood.id,
      level: 'IV',
      document: `青防指〔${year}〕9号`,
    } as Input<'warnings.respond'>);
  after(2);
  call(a!.id, true, '值班员');
  ack(a!.id, `${three[0]!.name.slice(0, 1)}值班员`);
  after(1);
  call(b!.id, true, '值班员');
  ack(b!.id, `${three[1]!.name.slice(0, 1)}值班员`);
  after(1);
  call(late!.id, false);
  after(5);
  call(late!.id, false);
  // Half an hour without an answer: the rule sends it up the ladder to the town's 党委书记 (自动升级).
  clock = new Date(sent + 31 * MIN);
  escalateOverdue(ctx.db, clock);
  const head = warningView(ctx.db, warningRow(ctx.db, orange.id)!).recipients.find(
    (r) => r.escalatedFrom === late!.id,
  )!;
  after(2);
  call(head.id, true, contactsOf(three[2]!.code).find((c) => c.person)?.person ?? '');
  ack(head.id, contactsOf(three[2]!.code).find((c) => c.person)?.person ?? '书记');
  after(19);
  ack(late!.id, `${three[2]!.name.slice(0, 1)}值班员`);
  // Late that night the 气象台 lifts it.
  at(10, 23, 30);
  run('warnings.cancel', { id: orange.id, reason: '县气象台解除暴雨橙色预警信号' });
  if (flood) {
    after(15);
    run('warnings.respond', {
      ...decision,
      clientKey: `demo_warning_${year}_orange_response_end`,
      action: 'end',
      planId: null,
      level: null,
      document: `青防指〔${year}〕10号`,
    } as Input<'warnings.respond'>);
  }
  return { warnings: 2, recipients: y.recipients.length + o.recipients.length + 1 };
}
