import type { ResponseLevelDef } from '../../common/contract/plans';
import type { PlanDomain, PlanKind, PlanLevel, PlanStatus } from '../../common/domain/plans';
import { localDate } from '../../common/time/zone';
import { addDays } from '../../common/workdays';
import { newId } from '../auth/secrets';
import type { WriteCtx } from '../handler';
import { appendStatusLog, insertPlan, insertVersion, planByName, writeStatus } from '../plans/repo';
import { activate } from '../plans/response';
import { asDemoChief } from './chief';
import { stmt } from '../db/sql';
import { readSettings } from '../settings/repo';

/**
 * The demo county's plans register (演示数据): 25 plans of every kind, with versions
 * issued, filed, evaluated, revised and repealed at dates relative to today, so each
 * clock shows something: a 备案 running and one overdue, evaluations and drills past
 * due, a revision draft open. Names after a county's real 预案汇编.
 */
interface DemoPlan {
  name: string;
  kind: PlanKind;
  domain: PlanDomain;
  hazard: string;
  owner: string;
  level?: PlanLevel;
  /** Days ago it was issued (its version in force), or null for a plan still being drafted. */
  issued: number | null;
  /** Days after 印发 it was filed; null: not filed. */
  filedAfter?: number | null;
  /** Days ago it was last evaluated. */
  evaluated?: number;
  /** Days ago it was last drilled (recorded by hand). */
  drilled?: number;
  /** An earlier version repealed when this one came in. */
  earlier?: boolean;
  /** A revision draft open from a finding. */
  revising?: string;
  levels?: ResponseLevelDef[];
}

const FLOOD_LEVELS: ResponseLevelDef[] = [
  {
    level: 'IV',
    condition: '主要河流接近警戒水位，或24小时降雨量超过50毫米且持续',
    measures: '县防指办公室主任主持会商，加强值班，乡镇防汛责任人到岗到位',
  },
  {
    level: 'III',
    condition: '主要河流超警戒水位，或发生山洪、地质灾害造成人员伤亡',
    measures: '县防指副指挥长主持会商，派出工作组，转移危险区群众',
  },
  {
    level: 'II',
    condition: '主要河流超保证水位，或小（一）型水库出现重大险情',
    measures: '县防指指挥长主持会商，抢险队伍和物资前置，请求市防指支援',
  },
  {
    level: 'I',
    condition: '主要河流发生超标准洪水，或中型水库、重要堤防溃决',
    measures: '县委、县政府主要负责同志坐镇指挥，全县动员，报请市委市政府支援',
  },
];

const GENERIC_LEVELS: ResponseLevelDef[] = [
  { level: 'IV', condition: '发生一般突发事件', measures: '牵头部门启动Ⅳ级响应，主要负责人赶赴现场' },
  { level: 'III', condition: '发生较大突发事件', measures: '县政府分管负责同志指挥，成立现场指挥部' },
];

const PLANS: DemoPlan[] = [
  {
    name: '青岚示范县突发事件总体应急预案',
    kind: 'overall',
    domain: 'general',
    hazard: '',
    owner: '县应急管理局',
    issued: 980,
    filedAfter: 12,
    evaluated: 120,
    levels: GENERIC_LEVELS,
  },
  {
    name: '青岚示范县防汛抗旱应急预案',
    kind: 'special',
    domain: 'natural',
    hazard: '防汛抗旱',
    owner: '县应急管理局',
    issued: 12,
    earlier: true,
    drilled: 200,
    levels: FLOOD_LEVELS,
  },
  {
    name: '青岚示范县森林火灾应急预案',
    kind: 'special',
    domain: 'natural',
    hazard: '森林防灭火',
    owner: '县林业局',
    issued: 640,
    filedAfter: 15,
    drilled: 300,
    levels: GENERIC_LEVELS,
  },
  {
    name: '青岚示范县地质灾害应急预案',
    kind: 'special',
    domain: 'natural',
    hazard: '地质灾害',
    owner: '县自然资源局',
    issued: 41,
    drilled: 700,
    levels: GENERIC_LEVELS,
  },
  {
    name: '青岚示范县地震应急预案',
    kind: 'special',
    domain: 'natural',
    hazard: '地震',
    owner: '县应急管理局',
    issued: 1300,
    filedAfter: 18,
    drilled: 1200,
  },
  {
    name: '青岚示范县气象灾害应急预案',
    kind: 'special',
    domain: 'natural',
    hazard: '气象灾害',
    owner: '县气象局',
    issued: 860,
    filedAfter: 10,
    drilled: 500,
  },
  {
    name: '青岚示范县自然灾害救助应急预案',
    kind: 'special',
    domain: 'natural',
    hazard: '自然灾害救助',
    owner: '县应急管理局',
    issued: 500,
    filedAfter: 16,
    drilled: 420,
    revising: '2026年汛期演练评估：转移安置清单与乡镇预案不一致',
  },
  {
    name: '青岚示范县危险化学品事故应急预案',
    kind: 'special',
    domain: 'accident',
    hazard: '危险化学品',
    owner: '县应急管理局',
    issued: 1150,
    filedAfter: 9,
    drilled: 1160,
  },
  {
    name: '青岚示范县道路交通事故应急预案',
    kind: 'special',
    domain: 'accident',
    hazard: '道路交通',
    owner: '县公安局交警大队',
    issued: 720,
    filedAfter: 20,
    drilled: 240,
  },
  {
    name: '青岚示范县大面积停电事件应急预案',
    kind: 'special',
    domain: 'accident',
    hazard: '大面积停电',
    owner: '县发展和改革局',
    issued: 900,
    filedAfter: 30,
    drilled: 800,
  },
  {
    name: '青岚示范县城镇燃气事故应急预案',
    kind: 'special',
    domain: 'accident',
    hazard: '燃气',
    owner: '县住房和城乡建设局',
    issued: 400,
    filedAfter: 14,
  },
  {
    name: '青岚示范县建设工程生产安全事故应急预案',
    kind: 'special',
    domain: 'accident',
    hazard: '建设工程',
    owner: '县住房和城乡建设局',
    issued: 1500,
    filedAfter: 25,
  },
  {
    name: '青岚示范县突发公共卫生事件应急预案',
    kind: 'special',
    domain: 'health',
    hazard: '公共卫生',
    owner: '县卫生健康局',
    issued: 1210,
    filedAfter: 11,
    drilled: 380,
  },
  {
    name: '青岚示范县食品安全事故应急预案',
    kind: 'special',
    domain: 'health',
    hazard: '食品安全',
    owner: '县市场监督管理局',
    issued: 610,
    filedAfter: 13,
    drilled: 610,
  },
  {
    name: '青岚示范县重大动物疫情应急预案',
    kind: 'special',
    domain: 'health',
    hazard: '动物疫情',
    owner: '县农业农村局',
    issued: 1000,
    filedAfter: 22,
  },
  {
    name: '青岚示范县群体性事件应急预案',
    kind: 'special',
    domain: 'social',
    hazard: '群体性事件',
    owner: '县公安局',
    issued: 780,
    filedAfter: 17,
    drilled: 150,
  },
  {
    name: '青岚示范县网络安全事件应急预案',
    kind: 'special',
    domain: 'social',
    hazard: '网络安全',
    owner: '县委网信办',
    issued: 330,
    filedAfter: 12,
  },
  {
    name: '青岚示范县教育系统突发事件应急预案',
    kind: 'department',
    domain: 'general',
    hazard: '',
    owner: '县教育局',
    issued: 560,
    filedAfter: 19,
    drilled: 90,
  },
  {
    name: '青岚示范县旅游突发事件应急预案',
    kind: 'department',
    domain: 'accident',
    hazard: '旅游安全',
    owner: '县文化旅游广电体育局',
    issued: 1400,
    filedAfter: 28,
    drilled: 1100,
  },
  {
    name: '青石镇突发事件应急预案',
    kind: 'grassroots',
    domain: 'general',
    hazard: '',
    owner: '青石镇人民政府',
    level: 'town',
    issued: 450,
    filedAfter: 8,
  },
  {
    name: '白沙镇防汛应急预案',
    kind: 'grassroots',
    domain: 'natural',
    hazard: '防汛',
    owner: '白沙镇人民政府',
    level: 'town',
    issued: 95,
    filedAfter: 18,
  },
  {
    name: '县化工园区危险化学品事故应急预案',
    kind: 'enterprise',
    domain: 'accident',
    hazard: '危险化学品',
    owner: '县化工园区管委会',
    level: 'unit',
    issued: 300,
    filedAfter: 10,
  },
  {
    name: '青岚示范县巨灾应对预案（山洪地质灾害链）',
    kind: 'catastrophe',
    domain: 'natural',
    hazard: '巨灾',
    owner: '县应急管理局',
    issued: null,
  },
  {
    name: '青岚示范县与邻县跨区域联合应急预案',
    kind: 'joint',
    domain: 'general',
    hazard: '',
    owner: '县应急管理局',
    issued: 210,
    filedAfter: 20,
  },
  {
    name: '县应急管理局值班值守工作手册',
    kind: 'manual',
    domain: 'general',
    hazard: '',
    owner: '县应急管理局',
    issued: 150,
  },
];

export function loadPlans(ctx: WriteCtx, now: Date): { plans: number; planVersions: number } {
  const today = localDate(now, readSettings(ctx.db).timeZone);
  const at = now.toISOString();
  let versions = 0;
  const addVersion = (
    planId: string,
    label: string,
    docNo: string,
    issuer: string,
    steps: [PlanStatus, string][],
    levels: ResponseLevelDef[],
    notes = '',
  ) => {
    const id = newId('plv');
    insertVersion(
      ctx.db,
      id,
      planId,
      { label, docNo, issuer, issuedOn: null, filedOn: null, evaluatedOn: null, levels, notes },
      'drafting',
      at,
    );
    let from: PlanStatus | null = null;
    for (const [status, on] of steps) {
      if (status !== 'drafting') writeStatus(ctx.db, id, status, on, at);
      appendStatusLog(ctx.db, {
        version_id: id,
        from_status: from,
        to_status: status,
        on_date: on,
        author_id: null,
        author_name: '演示数据',
        at,
      });
      from = status;
    }
    versions++;
    return id;
  };
  PLANS.forEach((p, i) => {
    const planId = newId('pln');
    insertPlan(
      ctx.db,
      planId,
      {
        name: p.name,
        kind: p.kind,
        domain: p.domain,
        hazard: p.hazard,
        ownerUnit: p.owner,
        level: p.level ?? 'county',
        lastDrilledOn: p.drilled !== undefined ? addDays(today, -p.drilled) : null,
        notes: '',
      },
      at,
    );
    const issuer =
      p.level === 'town'
        ? p.owner
        : p.kind === 'enterprise' || p.kind === 'manual'
          ? p.owner
          : '青岚示范县人民政府办公室';
    const levels = p.levels ?? [];
    if (p.issued === null) {
      addVersion(
        planId,
        `${today.slice(0, 4)}年征求意见稿`,
        '',
        issuer,
        [
          ['drafting', addDays(today, -60)],
          ['consultation', addDays(today, -20)],
        ],
        levels,
      );
      return;
    }
    const issuedOn = addDays(today, -p.issued);
    const year = issuedOn.slice(0, 4);
    const docNo = `青政办发〔${year}〕${(i % 40) + 3}号`;
    if (p.earlier) {
      const old = addDays(issuedOn, -1460);
      addVersion(
        planId,
        `${old.slice(0, 4)}年版`,
        `青政办发〔${old.slice(0, 4)}〕${i + 5}号`,
        issuer,
        [
          ['drafting', addDays(old, -90)],
          ['issued', old],
          ['filed', addDays(old, 14)],
          ['in_force', addDays(old, 15)],
          ['repealed', issuedOn],
        ],
        levels.slice(0, 2),
      );
    }
    const steps: [PlanStatus, string][] = [
      ['drafting', addDays(issuedOn, -120)],
      ['consultation', addDays(issuedOn, -80)],
      ['review', addDays(issuedOn, -50)],
      ['approval', addDays(issuedOn, -20)],
      ['issued', issuedOn],
    ];
    if (p.filedAfter != null) {
      steps.push(
        ['filed', addDays(issuedOn, p.filedAfter)],
        ['in_force', addDays(issuedOn, p.filedAfter + 1)],
      );
      if (p.evaluated !== undefined) steps.push(['evaluation', addDays(today, -p.evaluated)]);
    }
    addVersion(planId, `${year}年版`, docNo, issuer, steps, levels);
    if (p.revising) {
      addVersion(
        planId,
        `${today.slice(0, 4)}年修订稿`,
        '',
        issuer,
        [['drafting', addDays(today, -10)]],
        levels,
        p.revising,
      );
    }
  });
  ctx.emit('plans.changed');
  return { plans: PLANS.length, planVersions: versions };
}

/**
 * One open incident of the demo under a 启动 Ⅳ级应急响应 (the wall's 响应中, the desk's
 * tag): the latest open natural-disaster incident, under the geohazard or the flood plan.
 */
export function startDemoResponse(ctx: WriteCtx): number {
  const inc = stmt<[], { id: string; subtype: string; received_at: string }>(
    ctx.db,
    `SELECT id, subtype, received_at FROM incidents WHERE status IN ('pending','active') AND category = 'natural' AND drill_id IS NULL
      ORDER BY received_at DESC LIMIT 1`,
  ).get();
  if (!inc) return 0;
  const geohazard = ['landslide', 'collapse', 'debris_flow', 'subsidence'].includes(inc.subtype);
  const plan = planByName(ctx.db, geohazard ? '青岚示范县地质灾害应急预案' : '青岚示范县防汛抗旱应急预案');
  if (!plan) return 0;
  const decided = new Date(Math.min(Date.parse(inc.received_at) + 40 * 60_000, ctx.now().getTime()));
  const as = asDemoChief(ctx);
  activate(
    {
      incidentId: inc.id,
      clientKey: `k_demo_response_${inc.id}`.slice(0, 64),
      action: 'start',
      planId: plan.id,
      level: 'IV',
      decidedBy: '县政府分管副县长',
      decidedAt: decided.toISOString(),
      document: '青防指〔2026〕5号',
    },
    as,
  );
  return 1;
}
