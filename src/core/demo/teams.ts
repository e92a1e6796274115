import type { TeamInput, TeamMemberInput } from '../../common/contract/teams';
import type { DispatchState, TeamKind } from '../../common/domain/teams';
import { offsetM } from '../../common/geo/distance';
import { localDate } from '../../common/time/zone';
import { newId } from '../auth/secrets';
import type { WriteCtx } from '../handler';
import { stmt } from '../db/sql';
import { createDispatch, stepDispatch } from '../teams/dispatch';
import { insertTeam } from '../teams/repo';
import { asDemoChief } from './chief';
import type { DemoTown } from './geography';
import { between, pick, r6, seeded } from './random';

/**
 * The demo county's rescue teams (演示数据, fictional people and numbers): fifteen teams
 * of every kind — the county fire and rescue brigade, professional teams (flood, forest
 * fire, mine, hazmat, medical, power, telecoms, geohazard), enterprise teams, volunteers
 * and the Red Cross — based near the town seats, with members and their certificates.
 * A few certificates end within two months and one has ended, so 提醒 shows them.
 */
interface Plan {
  name: string;
  kind: TeamKind;
  specialities: string;
  equipment: string;
  headcount: number;
  assemblyMinutes: number;
  /** Index of the town whose seat the base is near (0 = the county seat's town). */
  town: number;
  certificate: string;
}

const PLANS: Plan[] = [
  {
    name: '县消防救援大队',
    kind: 'fire_rescue',
    specialities: '灭火、破拆、高空与水域救援',
    equipment: '水罐消防车 4 辆、抢险救援车 2 辆、举高车 1 辆、冲锋舟 2 艘',
    headcount: 46,
    assemblyMinutes: 5,
    town: 0,
    certificate: '消防员职业资格证',
  },
  {
    name: '县防汛抢险队',
    kind: 'flood',
    specialities: '堤防抢险、排涝、转移群众',
    equipment: '冲锋舟 6 艘、排涝泵车 2 台、救生衣 300 件、编织袋 2 万条',
    headcount: 60,
    assemblyMinutes: 30,
    town: 0,
    certificate: '防汛抢险培训证',
  },
  {
    name: '县森林消防专业队',
    kind: 'forest_fire',
    specialities: '扑救山火、隔离带开设、火场清理',
    equipment: '风力灭火机 40 台、高压细水雾 10 台、运兵车 4 辆',
    headcount: 38,
    assemblyMinutes: 20,
    town: 1,
    certificate: '森林消防员证',
  },
  {
    name: '青石镇应急救援队',
    kind: 'flood',
    specialities: '山洪转移、水上救援',
    equipment: '橡皮艇 2 艘、抽水泵 4 台',
    headcount: 25,
    assemblyMinutes: 30,
    town: 1,
    certificate: '救援员证',
  },
  {
    name: '县矿山救护队',
    kind: 'mine',
    specialities: '井下搜救、通风、有害气体检测',
    equipment: '正压氧气呼吸器 24 台、气体检测仪 10 台',
    headcount: 22,
    assemblyMinutes: 10,
    town: 2,
    certificate: '矿山救护队员证',
  },
  {
    name: '化工园区危化救援队',
    kind: 'hazmat',
    specialities: '泄漏堵漏、洗消、侦检',
    equipment: '防化服 30 套、堵漏工具 4 套、洗消帐篷 1 顶',
    headcount: 28,
    assemblyMinutes: 10,
    town: 3,
    certificate: '危化品救援证',
  },
  {
    name: '县人民医院紧急医学救援队',
    kind: 'medical',
    specialities: '现场急救、检伤分类、伤员转运',
    equipment: '救护车 6 辆、移动手术单元 1 套',
    headcount: 30,
    assemblyMinutes: 15,
    town: 0,
    certificate: '执业医师证',
  },
  {
    name: '县供电公司电力抢修队',
    kind: 'power',
    specialities: '线路抢修、应急供电',
    equipment: '应急发电车 2 台、抢修车 5 辆',
    headcount: 35,
    assemblyMinutes: 30,
    town: 0,
    certificate: '电工作业证',
  },
  {
    name: '县通信保障应急分队',
    kind: 'telecom',
    specialities: '应急通信、卫星链路',
    equipment: '卫星通信车 1 台、便携基站 3 套、卫星电话 10 部',
    headcount: 12,
    assemblyMinutes: 30,
    town: 0,
    certificate: '通信工程师证',
  },
  {
    name: '县地质灾害应急排查队',
    kind: 'geohazard',
    specialities: '隐患排查、监测预警、险情研判',
    equipment: '无人机 2 架、GNSS 监测仪 6 台',
    headcount: 15,
    assemblyMinutes: 45,
    town: 4,
    certificate: '地质灾害防治培训证',
  },
  {
    name: '青岚水泥厂专职救援队',
    kind: 'enterprise_full',
    specialities: '厂区火灾扑救、受限空间救援',
    equipment: '消防车 1 辆、空气呼吸器 12 台',
    headcount: 18,
    assemblyMinutes: 10,
    town: 2,
    certificate: '企业专职消防员证',
  },
  {
    name: '宏达矿业兼职救援队',
    kind: 'enterprise_part',
    specialities: '矿区初期处置',
    equipment: '自救器 60 台、担架 6 副',
    headcount: 20,
    assemblyMinutes: 30,
    town: 2,
    certificate: '救援员证',
  },
  {
    name: '蓝天救援队青岚分队',
    kind: 'social',
    specialities: '山地搜救、水域救援、无人机搜索',
    equipment: '无人机 4 架、橡皮艇 2 艘、绳索救援装备 3 套',
    headcount: 40,
    assemblyMinutes: 60,
    town: 0,
    certificate: '红十字救护员证',
  },
  {
    name: '县应急志愿者服务队',
    kind: 'social',
    specialities: '群众转移、物资搬运、安置点服务',
    equipment: '对讲机 30 部、帐篷 20 顶',
    headcount: 120,
    assemblyMinutes: 90,
    town: 5,
    certificate: '志愿者证',
  },
  {
    name: '县红十字会救护队',
    kind: 'red_cross',
    specialities: '应急救护、心理援助、物资发放',
    equipment: '急救包 100 个、救护帐篷 2 顶',
    headcount: 24,
    assemblyMinutes: 60,
    town: 0,
    certificate: '红十字救护员证',
  },
];

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
];
const GIVEN = [
  '建军',
  '海涛',
  '立新',
  '志勇',
  '晓东',
  '春生',
  '永强',
  '国华',
  '明亮',
  '学文',
  '德福',
  '红梅',
];
const ROLES = ['副队长', '队员', '队员', '队员', '驾驶员', '通信员'];

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function demoTeams(towns: DemoTown[], now: Date): TeamInput[] {
  const rnd = seeded(1507);
  const today = localDate(now, 'Asia/Shanghai');
  return PLANS.map((p, i) => {
    const town = towns[p.town % towns.length]!;
    const base = offsetM(town.seat, between(rnd, 300, 1500), between(rnd, 0, Math.PI * 2));
    const person = () => `${pick(rnd, SURNAMES)}${pick(rnd, GIVEN)}`;
    const phone = () => `139${String(10_000_000 + Math.floor(rnd() * 89_999_999)).slice(0, 8)}`;
    const leader = person();
    const leaderPhone = phone();
    const members: TeamMemberInput[] = [
      {
        name: leader,
        role: '队长',
        phone: leaderPhone,
        certificate: `${p.certificate} ${1000 + i * 10}`,
        certExpiresOn: addDays(today, 400 + i * 30),
      },
      ...Array.from({ length: 3 + (i % 4) }, (_v, j): TeamMemberInput => ({
        name: person(),
        role: ROLES[j % ROLES.length]!,
        phone: phone(),
        certificate: `${p.certificate} ${1001 + i * 10 + j}`,
        // Most certificates run for years; the first member of every fourth team renews within two months.
        certExpiresOn: addDays(today, j === 0 && i % 4 === 1 ? 20 + i : 200 + Math.floor(rnd() * 900)),
      })),
    ];
    // One certificate has already ended (the volunteers' coordinator).
    if (p.kind === 'social' && i === 13) members[1] = { ...members[1]!, certExpiresOn: addDays(today, -12) };
    return {
      name: p.name,
      kind: p.kind,
      specialities: p.specialities,
      leader,
      leaderPhone,
      dutyPhone: `0812-55${String(60 + i).padStart(2, '0')}${String(100 + i * 7).slice(-3)}`,
      headcount: p.headcount,
      equipment: p.equipment,
      baseAddress: `${town.name}${pick(rnd, ['应急大道', '滨江路', '工业园路', '新华街'])}${1 + Math.floor(rnd() * 200)}号`,
      point: [r6(base[0]), r6(base[1])],
      townCode: town.code,
      assemblyMinutes: p.assemblyMinutes,
      notes: '',
      members,
    };
  });
}

export function loadTeams(ctx: WriteCtx, towns: DemoTown[], now: Date): number {
  const teams = demoTeams(towns, now);
  const at = ctx.nowIso();
  for (const tm of teams) insertTeam(ctx.db, newId('tem'), tm, at);
  return teams.length;
}

/**
 * Who is where in the demo: on the open incident under a response, the nearest team on
 * scene (a little later than its target) and the next one on its way, so the incident
 * page and the wall show teams out. Entered by the demo's shift chief as each call came in.
 */
export function dispatchDemoTeams(ctx: WriteCtx): number {
  const inc = stmt<[], { id: string; received_at: string; lon: number; lat: number }>(
    ctx.db,
    `SELECT id, received_at, lon, lat FROM incidents
      WHERE status IN ('pending','active') AND drill_id IS NULL AND lon IS NOT NULL AND state_json LIKE '%"response":{%'
      ORDER BY received_at DESC LIMIT 1`,
  ).get();
  if (!inc) return 0;
  const as = asDemoChief(ctx);
  const now = ctx.now().getTime();
  const t0 = Date.parse(inc.received_at);
  const at = (min: number) => new Date(Math.min(t0 + min * 60_000, now)).toISOString();
  const ids = stmt<[number, number, number, number], { id: string }>(
    ctx.db,
    `SELECT id FROM teams WHERE archived = 0 AND lon IS NOT NULL
      ORDER BY (lon - ?) * (lon - ?) + (lat - ?) * (lat - ?) LIMIT 2`,
  )
    .all(inc.lon, inc.lon, inc.lat, inc.lat)
    .map((r) => r.id);
  const walk = (teamId: string, first: number, steps: [Exclude<DispatchState, 'dispatched'>, number][]) => {
    const d = createDispatch(
      { incidentId: inc.id, teamId, clientKey: `k_demo_dsp_${teamId}`.slice(0, 64), at: at(first), note: '' },
      as,
    );
    for (const [state, min] of steps)
      stepDispatch(
        {
          dispatchId: d.id,
          clientKey: `k_demo_${state}_${teamId}`.slice(0, 64),
          state,
          at: at(min),
          note: '',
        },
        as,
      );
  };
  if (ids[0])
    walk(ids[0], 20, [
      ['accepted', 22],
      ['departed', 28],
      ['arrived', 20 + 38],
    ]);
  if (ids[1])
    walk(ids[1], 45, [
      ['accepted', 48],
      ['departed', 55],
    ]);
  return ids.length;
}
