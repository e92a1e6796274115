import type { DrillDomain } from '../../common/domain/drills';
import { localDate } from '../../common/time/zone';
import { newId } from '../auth/secrets';
import type { WriteCtx } from '../handler';
import { readSettings } from '../settings/repo';
import {
  appendDrillEvent,
  insertCampaign,
  insertDrill,
  nextDrillNumber,
  replaceScript,
  setControllers,
  upsertDomain,
} from '../drills/repo';
import type { DrillRow } from '../drills/rows';
import type { DemoPerson } from './history';

const DAY = 86_400_000;

/** The county's campaign: five domains, each with the county leader who answers for it. */
const DOMAINS: { domain: DrillDomain; lead: string; unit: string }[] = [
  { domain: 'public_health', lead: '刘春梅', unit: '县卫生健康局' },
  { domain: 'natural_disaster', lead: '陈建平', unit: '县应急管理局' },
  { domain: 'production_safety', lead: '赵国华', unit: '县应急管理局' },
  { domain: 'social_security', lead: '孙立军', unit: '县公安局' },
  { domain: 'cyber_security', lead: '周晓明', unit: '县委网信办' },
];

interface DemoDrill {
  domain: DrillDomain;
  title: string;
  form: DrillRow['form'];
  content: DrillRow['content'];
  announce: DrillRow['announce'];
  place: string;
  scenario: string;
  units: string[];
  /** Days before now it ran (ended), or null: still planned (the sealed one ahead). */
  daysAgo: number | null;
  minutes: number;
}

const DRILLS: DemoDrill[] = [
  {
    domain: 'natural_disaster',
    title: '青石镇山洪灾害群众转移实战演练',
    form: 'live',
    content: 'combined',
    announce: 'unannounced',
    place: '青石镇石坝村',
    scenario: '强降雨引发山洪，石坝村三组12户群众需紧急转移，一名老人被困。',
    units: ['青石镇人民政府', '县消防救援大队', '县水利局', '县人民医院'],
    daysAgo: 41,
    minutes: 150,
  },
  {
    domain: 'production_safety',
    title: '危化品道路运输泄漏事故桌面推演',
    form: 'tabletop',
    content: 'single',
    announce: 'announced',
    place: '县应急指挥中心',
    scenario: '一辆液氯槽罐车在G319线侧翻，阀门泄漏，下风向500米有村庄。',
    units: ['县应急管理局', '县交通运输局', '县生态环境分局', '县消防救援大队'],
    daysAgo: 27,
    minutes: 120,
  },
  {
    domain: 'public_health',
    title: '学校聚集性发热疫情处置桌面推演',
    form: 'tabletop',
    content: 'single',
    announce: 'announced',
    place: '县卫生健康局会议室',
    scenario: '县第二中学一日内出现发热学生23名，疑似聚集性疫情。',
    units: ['县卫生健康局', '县疾控中心', '县教育局'],
    daysAgo: 12,
    minutes: 90,
  },
  {
    domain: 'social_security',
    title: '（双盲）人员密集场所突发事件处置演练',
    form: 'live',
    content: 'combined',
    announce: 'double_blind',
    place: '县城中心广场',
    scenario: '节日活动期间广场人员拥挤，发生踩踏，多人受伤。',
    units: ['县公安局', '县人民医院', '县城管局'],
    daysAgo: null,
    minutes: 0,
  },
];

/**
 * The demo's drills (应急演练): the county's campaign with its five domains and leads, three
 * drills already run, and one double-blind drill scheduled and sealed — only its
 * controller (导调), the leader 王建国, sees what it is until he starts it.
 */
export function loadDrills(
  ctx: WriteCtx,
  people: DemoPerson[],
  now: Date,
): { campaigns: number; drills: number } {
  const db = ctx.db;
  const tz = readSettings(db).timeZone;
  const today = localDate(now, tz);
  // A campaign covers the year of its deadline (统计 counts a month against its year's), so
  // the demo's is this year's and not yet past: due by 6月20日 in the first half of the
  // year, by its end in the second.
  const year = Number(today.slice(0, 4));
  const deadline = today.slice(5) <= '06-20' ? `${year}-06-20` : `${year}-12-31`;
  const at = new Date(now.getTime() - 60 * DAY).toISOString();
  const campaignId = newId('camp');
  insertCampaign(db, {
    id: campaignId,
    title: `${year}年重点领域作风整顿和应急演练`,
    document_no: `示范县应急委〔${year}〕3号`,
    issued_by: '示范县突发事件应急委员会',
    deadline,
    requirements_json: JSON.stringify(['no_notice', 'no_preset_scenario', 'real_forces', 'full_evaluation']),
    notes: '各领域由分管县领导牵头，演练结束后形成评估报告和总结报告，发现问题限期整改。',
    created_at: at,
    updated_at: at,
  });
  const domainIds = new Map<DrillDomain, string>();
  DOMAINS.forEach((d, i) => {
    const id = newId('cdom');
    domainIds.set(d.domain, id);
    upsertDomain(db, {
      id,
      campaign_id: campaignId,
      domain: d.domain,
      name: '',
      lead_leader: d.lead,
      lead_unit: d.unit,
      position: i + 1,
    });
  });
  const controller = people.find((p) => p.role === 'leader')!;
  for (const d of DRILLS) {
    const id = newId('drill');
    const startedAt = d.daysAgo === null ? null : new Date(now.getTime() - d.daysAgo * DAY);
    const scheduled = startedAt ?? new Date(now.getTime() + 9 * DAY);
    insertDrill(db, {
      id,
      number: nextDrillNumber(db, localDate(scheduled, tz).slice(0, 4)),
      campaign_id: campaignId,
      domain_id: domainIds.get(d.domain)!,
      title: d.title,
      form: d.form,
      content: d.content,
      purpose: 'test',
      announce: d.announce,
      state: startedAt ? 'ended' : 'planned',
      scheduled_at: scheduled.toISOString(),
      place: d.place,
      scenario: d.scenario,
      plan_ids_json: '[]',
      units_json: JSON.stringify(d.units),
      started_at: startedAt?.toISOString() ?? null,
      ended_at: startedAt ? new Date(startedAt.getTime() + d.minutes * 60_000).toISOString() : null,
      created_at: at,
      updated_at: at,
    });
    setControllers(db, id, [controller.id]);
    if (!startedAt) {
      replaceScript(
        db,
        id,
        [
          { offsetMinutes: 0, text: '110指挥中心转警：中心广场东侧发生拥挤踩踏，有人员倒地' },
          { offsetMinutes: 15, text: '现场民警报告：伤员约15人，其中3人重伤，需增派救护车' },
        ],
        at,
        () => newId('inj'),
      );
      continue;
    }
    for (const [state, t] of [
      ['started', startedAt],
      ['ended', new Date(startedAt.getTime() + d.minutes * 60_000)],
    ] as const)
      appendDrillEvent(db, {
        drill_id: id,
        kind: 'state',
        at: t.toISOString(),
        author_id: controller.id,
        author_name: controller.name,
        data_json: JSON.stringify({ from: state === 'started' ? 'planned' : 'started', to: state }),
      });
  }
  return { campaigns: 1, drills: DRILLS.length };
}
