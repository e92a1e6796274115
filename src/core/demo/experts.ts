import type { ExpertInput } from '../../common/contract/experts';
import type { ExpertField } from '../../common/domain/teams';
import { localDate } from '../../common/time/zone';
import { newId } from '../auth/secrets';
import { stmt } from '../db/sql';
import { insertConsultation, insertExpert } from '../experts/repo';
import type { WriteCtx } from '../handler';
import { asDemoChief } from './chief';
import { pick, seeded } from './random';

/**
 * The demo county's expert panel (演示数据, fictional people and numbers): forty experts
 * across the five fields, most 副高 or above, on three-year terms; a few terms end within
 * two months (so 提醒 shows them), two experts are unavailable, one has a recusal; and a
 * consultation on the incident under a response, with each expert's opinion.
 */
const SPECIALITIES: Record<ExpertField, [string, string][]> = {
  accident: [
    ['危险化学品安全', '市化工园区管委会'],
    ['矿山安全', '市煤矿安全技术中心'],
    ['建筑施工安全', '县住建局质安站'],
    ['道路交通安全', '县交警大队'],
    ['特种设备', '市特种设备检验所'],
    ['消防工程', '县消防救援大队'],
    ['电力安全', '县供电公司'],
    ['燃气安全', '县燃气公司'],
  ],
  natural: [
    ['水文水资源', '县水利局'],
    ['岩土工程、地质灾害防治', '市地质环境监测站'],
    ['气象预报', '县气象局'],
    ['森林防火', '县林业局'],
    ['地震监测', '市地震局'],
    ['水库大坝安全', '县水库管理所'],
    ['山洪灾害防治', '县水利局'],
    ['农业防灾减灾', '县农业农村局'],
  ],
  health: [
    ['传染病防控', '县疾控中心'],
    ['急诊医学', '县人民医院'],
    ['食品安全', '县市场监管局'],
    ['职业卫生', '县疾控中心'],
    ['卫生应急管理', '县卫健局'],
    ['心理危机干预', '市精神卫生中心'],
    ['重症医学', '县人民医院'],
    ['动物疫病防控', '县动物疫控中心'],
  ],
  social: [
    ['群体性事件处置', '县公安局'],
    ['舆情应对', '县委宣传部'],
    ['信访维稳', '县信访局'],
    ['网络安全', '县委网信办'],
    ['金融风险', '县金融工作局'],
    ['民族宗教事务', '县统战部'],
    ['校园安全', '县教育局'],
    ['社会治安', '县公安局'],
  ],
  general: [
    ['应急管理', '县应急管理局'],
    ['应急通信', '县电信公司'],
    ['应急物资保障', '县发改局'],
    ['法律', '县司法局'],
    ['城市规划', '县自然资源局'],
    ['交通运输保障', '县交通运输局'],
    ['财政保障', '县财政局'],
    ['新闻发布', '县委宣传部'],
  ],
};
// 副高 or above, as the field's own ladder names it.
const TITLES: Record<ExpertField, string[]> = {
  accident: ['正高级工程师', '高级工程师'],
  natural: ['正高级工程师', '高级工程师', '研究员'],
  health: ['主任医师', '副主任医师', '主任技师'],
  social: ['高级警长', '副研究员', '高级经济师'],
  general: ['高级工程师', '高级经济师', '副研究员'],
};
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
  '何',
  '罗',
];
const GIVEN = [
  '志远',
  '建华',
  '文博',
  '国庆',
  '晓明',
  '丽华',
  '振宇',
  '海峰',
  '秀兰',
  '德胜',
  '云飞',
  '思源',
  '雪梅',
  '立平',
];

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function demoExperts(now: Date): ExpertInput[] {
  const rnd = seeded(1603);
  const today = localDate(now, 'Asia/Shanghai');
  const used = new Set<string>();
  const out: ExpertInput[] = [];
  (Object.keys(SPECIALITIES) as ExpertField[]).forEach((field, f) =>
    SPECIALITIES[field].forEach(([speciality, unit], j) => {
      let name = `${pick(rnd, SURNAMES)}${pick(rnd, GIVEN)}`;
      while (used.has(name)) name = `${pick(rnd, SURNAMES)}${pick(rnd, GIVEN)}`;
      used.add(name);
      const i = f * 8 + j;
      // Terms started over the last three years; every ninth ends within two months.
      const termEnd = i % 9 === 4 ? addDays(today, 15 + i) : addDays(today, 120 + ((i * 37) % 900));
      out.push({
        name,
        field,
        speciality,
        title: pick(rnd, TITLES[field]),
        unit,
        mobile: `139${String(20_000_000 + i * 104_729).slice(0, 8)}`,
        officePhone: i % 3 === 0 ? `0812-55${String(7000 + i * 13).slice(0, 5)}` : '',
        termStart: addDays(termEnd, -3 * 365),
        termEnd,
        available: i !== 11 && i !== 27,
        availabilityNote: i === 11 ? '外出培训至下月' : i === 27 ? '病休' : '',
        recusalNotes: i === 0 ? '本人任职单位化工园区内企业的事故调查回避' : '',
        notes: '',
      });
    }),
  );
  return out;
}

export function loadExperts(ctx: WriteCtx, now: Date): { experts: number; consultations: number } {
  const experts = demoExperts(now);
  const at = ctx.nowIso();
  const ids = experts.map((e) => {
    const id = newId('exp');
    insertExpert(ctx.db, id, e, at);
    return { id, ...e };
  });
  // A 会商 on the incident under a response, an hour after it came in (or now, if sooner).
  const inc = stmt<[], { id: string; title: string; received_at: string }>(
    ctx.db,
    `SELECT id, title, received_at FROM incidents
      WHERE status IN ('pending','active') AND drill_id IS NULL AND state_json LIKE '%"response":{%'
      ORDER BY received_at DESC LIMIT 1`,
  ).get();
  if (!inc) return { experts: experts.length, consultations: 0 };
  const heldAt = new Date(
    Math.min(Date.parse(inc.received_at) + 60 * 60_000, ctx.now().getTime()),
  ).toISOString();
  const panel = ids.filter((e) => e.field === 'natural').slice(0, 3);
  const opinions = [
    '降雨仍将持续，建议加密监测频次，做好人员转移准备',
    '险情点后缘裂缝有扩展迹象，建议扩大警戒范围',
    '下游河道行洪能力有限，建议提前预泄腾库',
  ];
  const as = asDemoChief(ctx);
  const author = as.actor.kind === 'operator' ? as.actor : null;
  const id = newId('cns');
  insertConsultation(
    ctx.db,
    {
      id,
      kind: 'consultation',
      subject: `${inc.title}险情会商`,
      held_at: heldAt,
      place: '县应急指挥中心',
      host: '张立军',
      incident_id: inc.id,
      plan_id: null,
      drill_id: null,
      conclusions: '维持Ⅳ级应急响应；扩大警戒范围，组织受威胁群众转移；专业队伍现场值守。',
      follow_up: '镇政府组织转移，自然资源局和水利局派员 24 小时监测，县防汛抢险队待命。',
      follow_entry_ids_json: '[]',
      author_id: author?.operatorId ?? null,
      author_name: author?.name ?? '',
      recorded_at: heldAt,
    },
    panel.map((e, position) => ({
      consultation_id: id,
      position,
      expert_id: e.id,
      name: e.name,
      unit: e.unit,
      title: e.title,
      opinion: opinions[position] ?? '',
    })),
  );
  return { experts: experts.length, consultations: 1 };
}
