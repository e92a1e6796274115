import type { ParsedInputOf } from '../../common/contract';
import type { ReleaseContent, ReleaseView } from '../../common/contract/releases';
import type { Subtype } from '../../common/domain/incidents';
import type { ReleaseKind } from '../../common/domain/releases';
import type { Actor } from '../actor';
import { stmt } from '../db/sql';
import type { WriteCtx } from '../handler';
import { releaseHandlers } from '../releases/handlers';
import type { DemoPerson } from './history';

const MIN = 60_000;
type Input<N extends keyof typeof releaseHandlers> = ParsedInputOf<N>;

/**
 * 口径: the county's pre-approved wordings per hazard, each approved by the 宣传部 once a
 * year, for the desk to start a draft from. 【…】 marks what the desk fills in.
 */
export const DEMO_TEMPLATES: {
  subtype: Subtype;
  kind: ReleaseKind;
  name: string;
  facts: string;
  measures: string;
  advice: string;
}[] = [
  {
    subtype: 'rainstorm',
    kind: 'authoritative',
    name: '暴雨灾害权威信息',
    facts: '【时间】起，我县【乡镇】出现强降雨，最大小时雨量【毫米】毫米，造成【灾情】。',
    measures:
      '县防汛抗旱指挥部已启动【级别】级防汛应急响应，县应急管理局会同水利、自然资源、交通运输等部门赶赴现场，转移安置群众【人数】人。',
    advice: '请沿河、山洪沟道及地质灾害隐患点附近群众听从安排及时转移，不涉水通行，不信谣、不传谣。',
  },
  {
    subtype: 'rainstorm',
    kind: 'advice',
    name: '暴雨防范提示',
    facts:
      '县气象台【时间】发布暴雨【颜色】预警信号，预计【乡镇】未来【小时】小时降雨量将达【毫米】毫米以上。',
    measures: '县防汛抗旱指挥部已通知各乡镇、各部门做好防范，组织对山洪、地质灾害隐患点巡查。',
    advice: '请减少外出，远离河道、低洼地带和山体边坡；发现险情请拨打 110、119 或当地乡镇值班电话。',
  },
  {
    subtype: 'flood',
    kind: 'authoritative',
    name: '洪涝灾害权威信息',
    facts: '受持续降雨影响，【河流】【站点】水位于【时间】超过警戒水位【米】米，【乡镇】部分区域受淹。',
    measures:
      '县防汛抗旱指挥部已组织抢险队伍【支数】支、【人数】人开展巡堤查险和群众转移，受淹区域已实行交通管制。',
    advice: '请沿河群众服从转移安排，切勿靠近堤防、桥梁观望，不在涉水路段通行。',
  },
  {
    subtype: 'landslide',
    kind: 'authoritative',
    name: '地质灾害（滑坡）权威信息',
    facts: '【时间】，【乡镇】【村组】发生山体滑坡，【伤亡情况】。',
    measures: '县应急管理局、县自然资源局已赶赴现场，组织专业队伍开展搜救和监测，已转移周边群众【人数】人。',
    advice: '请周边群众远离滑坡区域，雨天不在陡坡下停留；发现裂缝、异响请立即撤离并报告。',
  },
  {
    subtype: 'debris_flow',
    kind: 'authoritative',
    name: '地质灾害（泥石流）权威信息',
    facts: '【时间】，【乡镇】【沟道】发生泥石流，【伤亡情况】，【道路】交通中断。',
    measures: '县应急管理局会同自然资源、交通运输部门开展抢险，受影响路段已设置警示和绕行。',
    advice: '请沟道两侧群众立即向两侧高处转移，不要顺沟方向逃离，不要在沟道内停留。',
  },
  {
    subtype: 'forest_fire',
    kind: 'authoritative',
    name: '森林火灾权威信息',
    facts: '【时间】，【乡镇】【山场】发生森林火情，过火面积约【公顷】公顷，【伤亡情况】。',
    measures: '县森林防灭火指挥部已调派专业扑火队伍【人数】人赶赴现场，明火【扑灭情况】。',
    advice: '请群众不要进入火场周边林区，严禁野外用火；发现火情请拨打 12119。',
  },
  {
    subtype: 'forest_fire',
    kind: 'advice',
    name: '森林防火防范提示',
    facts: '当前我县森林火险等级为【等级】级，林区可燃物干燥。',
    measures: '县森林防灭火指挥部已在重点林区入口设卡检查，加强巡山护林。',
    advice: '进山不带火种，祭祀文明不烧纸，农事用火须报批；发现火情请拨打 12119。',
  },
  {
    subtype: 'road_traffic',
    kind: 'authoritative',
    name: '道路交通事故权威信息',
    facts: '【时间】，【道路】【地点】发生一起【车辆】交通事故，【伤亡情况】。',
    measures:
      '县公安局交警大队、县卫生健康局、县应急管理局已赶赴现场处置，伤员已送医救治，事故原因正在调查。',
    advice: '途经车辆请按现场指挥绕行，减速慢行；请勿传播现场血腥图片和未经核实的信息。',
  },
  {
    subtype: 'hazmat',
    kind: 'authoritative',
    name: '危险化学品事故权威信息',
    facts: '【时间】，【企业】发生【物质】泄漏，【伤亡情况】。',
    measures:
      '县应急管理局、县生态环境局、县消防救援大队已赶赴现场处置，泄漏已【控制情况】，周边空气和水体正在监测。',
    advice: '请下风向【距离】米内群众关闭门窗、听从疏散安排；如有不适请及时就医。',
  },
  {
    subtype: 'fire',
    kind: 'rumour',
    name: '火灾辟谣',
    facts: '近日网传“【传言】”，经核实，【真实情况】。',
    measures: '县消防救援大队已现场核查，火灾已扑灭，无人员伤亡。',
    advice: '请以官方发布信息为准，不信谣、不传谣；编造、故意传播虚假险情将依法追究责任。',
  },
];

/** The demo's 口径, approved by the 宣传部 on 1 April of the year. */
export function loadReleaseTemplates(ctx: WriteCtx, admin: Actor, now: Date): number {
  const year = now.toISOString().slice(0, 4);
  const as: WriteCtx = { ...ctx, actor: admin };
  const save = releaseHandlers['releases.saveTemplate'] as unknown as {
    run(i: Input<'releases.saveTemplate'>, c: WriteCtx): unknown;
  };
  for (const tp of DEMO_TEMPLATES)
    save.run({ ...tp, approvedRef: `县委宣传部 ${year}-04-01 审定`, archived: false }, as);
  return DEMO_TEMPLATES.length;
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
