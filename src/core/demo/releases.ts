import type { ParsedInputOf } from '../../common/contract';
import type { ReleaseContent, ReleaseView } from '../../common/contract/releases';
import type { Actor } from '../actor';
import { stmt } from '../db/sql';
import type { WriteCtx } from '../handler';
import { releaseHandlers } from '../releases/handlers';
import { listTemplates, templateView } from '../releases/repo';
import type { DemoPerson } from './history';

const MIN = 60_000;
type Input<N extends keyof typeof releaseHandlers> = ParsedInputOf<N>;

/**
 * The demo county's 宣传部 approved the default 口径 (migration 024, shipped to every
 * county) on 1 April of the year: the same rows, their approval recorded, no second set.
 */
export function loadReleaseTemplates(ctx: WriteCtx, admin: Actor, now: Date): number {
  const year = now.toISOString().slice(0, 4);
  const as: WriteCtx = { ...ctx, actor: admin };
  const save = releaseHandlers['releases.saveTemplate'] as unknown as {
    run(i: Input<'releases.saveTemplate'>, c: WriteCtx): unknown;
  };
  const templates = listTemplates(ctx.db, null).filter((t) => t.archived === 0);
  for (const t of templates)
    save.run(
      {
        ...templateView(t),
        approvedRef: `县委宣传部 ${year}-04-01 审定`,
      },
      as,
    );
  return templates.length;
}

/**
 * 信息发布 in the demo (演示数据), on its latest real 重大/特别重大 incident (one received at
 * least six hours ago): the 权威信息's first version returned by the 宣传部 with its
 * comments, revised, reviewed by the 带班领导, approved by the 宣传部 by document and
 * released on three channels within the 5 hours; then a 防范提示 reviewed and submitted,
 * returned by the 宣传部 and waiting to be revised. Each step at its time, by its person.
 */
export function loadReleases(ctx: WriteCtx, people: DemoPerson[], now: Date): { releases: number } {
  const inc = stmt<[string], { id: string; title: string; received_at: string }>(
    ctx.db,
    `SELECT id, title, received_at FROM incidents
      WHERE drill_id IS NULL AND grade IN ('I','II') AND status <> 'withdrawn' AND received_at <= ?
      ORDER BY received_at DESC LIMIT 1`,
  ).get(new Date(now.getTime() - 6 * 60 * MIN).toISOString());
  const person = (role: DemoPerson['role']) => people.find((p) => p.role === role);
  const officer = person('duty_officer');
  const chief = person('shift_chief');
  const leader = person('leader');
  if (!inc || !officer || !chief || !leader) return { releases: 0 };
  const start = Date.parse(inc.received_at);
  const year = inc.received_at.slice(0, 4);
  const as = (p: DemoPerson, minutes: number): WriteCtx => {
    const at = new Date(start + minutes * MIN);
    const actor: Actor = { kind: 'operator', operatorId: p.id, name: p.name, role: p.role, tokenHash: '' };
    return { ...ctx, actor, now: () => at, nowIso: () => at.toISOString() };
  };
  const run = <N extends keyof typeof releaseHandlers>(
    name: N,
    input: Input<N>,
    c: WriteCtx,
  ): ReleaseView => {
    const out = (releaseHandlers[name] as unknown as { run(i: Input<N>, c: WriteCtx): unknown }).run(
      input,
      c,
    );
    return (out as { release: ReleaseView }).release;
  };
  const latest = (r: ReleaseView) => r.versions.at(-1)!;
  const place = inc.title;

  // 权威信息: returned once, then approved and released.
  const v1: ReleaseContent = {
    title: `关于${place}的情况通报`,
    facts: `${place}事件发生后，现场已有多人受伤，疑似因前期排查不到位导致险情扩大。`,
    measures: '县应急管理局已会同相关部门赶赴现场处置。',
    advice: '请周边群众远离危险区域，不信谣、不传谣。',
    channels: ['website', 'wechat'],
  };
  let rel = run(
    'releases.draft',
    {
      clientKey: `demo_release_${inc.id}_auth`,
      incidentId: inc.id,
      kind: 'authoritative',
      templateId: null,
      content: v1,
    },
    as(officer, 35),
  );
  const ids = () => ({ id: rel.id, versionId: latest(rel).id });
  rel = run('releases.review', { ...ids(), post: 'shift_leader', comments: '同意报宣传部' }, as(leader, 48));
  rel = run('releases.submit', ids(), as(chief, 52));
  rel = run(
    'releases.return',
    {
      ...ids(),
      approver: '县委宣传部 新闻科 刘科长',
      how: 'phone',
      comments: '伤亡人数以县政府核实数字为准；删去“疑似排查不到位”等推测性表述；补充现场处置进展。',
    },
    as(chief, 95),
  );
  rel = run(
    'releases.revise',
    {
      id: rel.id,
      fromVersion: 1,
      content: {
        ...v1,
        facts: `${place}事件发生后，经县政府核实，造成2人轻伤，伤员已送县人民医院救治，生命体征平稳。`,
        measures:
          '县应急管理局已会同县公安局、县卫生健康局等部门赶赴现场处置，现场秩序平稳，善后工作正在进行。',
        channels: ['website', 'wechat', 'weibo'],
      },
    },
    as(officer, 110),
  );
  rel = run(
    'releases.review',
    { ...ids(), post: 'shift_leader', comments: '已按宣传部意见修改，同意' },
    as(leader, 122),
  );
  rel = run('releases.submit', ids(), as(chief, 126));
  rel = run(
    'releases.approve',
    {
      ...ids(),
      contentHash: latest(rel).contentHash,
      approver: '县委宣传部 新闻科 刘科长',
      how: 'document',
      ref: `县委宣审〔${year}〕${17 + (start % 23)}号`,
      comments: '同意发布',
    },
    as(chief, 168),
  );
  rel = run(
    'releases.publish',
    { ...ids(), contentHash: latest(rel).contentHash, channels: ['website', 'wechat', 'weibo'] },
    as(chief, 185),
  );

  // 防范提示: reviewed and submitted, returned with comments, waiting for the next version.
  let tip = run(
    'releases.draft',
    {
      clientKey: `demo_release_${inc.id}_advice`,
      incidentId: inc.id,
      kind: 'advice',
      templateId: null,
      content: {
        title: `${place}周边群众安全防范提示`,
        facts: `${place}处置仍在进行，周边道路已实行交通管制。`,
        measures: '县应急管理局已组织巡查，设置警戒区。',
        advice: '请周边群众服从现场指挥，远离警戒区域，近期尽量减少外出。',
        channels: ['wechat', 'sms'],
      },
    },
    as(officer, 250),
  );
  const tipIds = () => ({ id: tip.id, versionId: latest(tip).id });
  tip = run('releases.review', { ...tipIds(), post: 'shift_leader', comments: '同意' }, as(leader, 262));
  tip = run('releases.submit', tipIds(), as(chief, 266));
  tip = run(
    'releases.return',
    {
      ...tipIds(),
      approver: '县委宣传部 新闻科 刘科长',
      how: 'phone',
      comments: '请写明警戒区范围和绕行路线；短信渠道须经通信管理部门，暂只发微信公众号。',
    },
    as(chief, 305),
  );
  return { releases: 2 };
}
