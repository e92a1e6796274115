import type { IntakeData } from '../../common/contract/incidents';
import { offsetM, type LonLat } from '../../common/geo/distance';
import { categoryOf, type Category, type Grade, type Subtype } from '../../common/domain/incidents';
import { label } from '../../common/i18n/domain-labels';
import type { WriteCtx } from '../handler';
import type { Actor } from '../actor';
import { appendFor, createIncident, refresh } from '../incidents/service';
import { nextFollowUpSlot } from '../../common/deadlines';
import { between, pick, r6, seeded } from './random';
import { DEMO_CAUSES } from './causes';
import type { DemoTown } from './geography';

/**
 * ~90 days of plausible duty-room history for the demo county: a few hundred
 * incidents of every category and grade with full timelines (most closed, a few
 * withdrawn, some still open, some of those overdue), and the log entries of no
 * incident (calls, notices, spot checks, equipment handovers). Deterministic for a
 * given seed and anchor time.
 */
export interface DemoPerson {
  id: string;
  name: string;
  role: 'duty_officer' | 'shift_chief' | 'leader' | 'admin';
}

const VILLAGES = [
  '石坝村',
  '新华村',
  '红星村',
  '团结村',
  '和平村',
  '长岭村',
  '大湾村',
  '上坪村',
  '下河村',
  '松林村',
  '金竹村',
  '杨柳村',
  '观音村',
  '水口村',
  '高桥村',
  '马鞍村',
];
const UPPER_UNITS = ['市应急管理局', '市政府总值班室', '省应急管理厅', '县委办', '县政府办'];
const REPORT_TO = '市应急管理局';

// How often each subtype comes up in a hilly county over a season (weights).
const WEIGHTS: [Subtype, number][] = [
  ['road_traffic', 22],
  ['fire', 18],
  ['rainstorm', 8],
  ['landslide', 9],
  ['flood', 5],
  ['forest_fire', 6],
  ['power_outage', 7],
  ['water_outage', 3],
  ['gas_outage', 2],
  ['hazmat', 2],
  ['construction', 3],
  ['mine', 1],
  ['special_equipment', 1],
  ['water_traffic', 2],
  ['collapse', 3],
  ['debris_flow', 2],
  ['gale', 2],
  ['lightning', 1],
  ['food_safety', 3],
  ['epidemic', 1],
  ['animal_epidemic', 1],
  ['mass_incident', 3],
  ['criminal', 1],
  ['cyber', 1],
];

const GRADE_WEIGHTS: [Grade, number][] = [
  ['I', 0.3],
  ['II', 2.5],
  ['III', 12],
  ['IV', 75],
  ['unrated', 10],
];

function weighted<T>(rnd: () => number, items: [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = rnd() * total;
  for (const [v, w] of items) {
    x -= w;
    if (x <= 0) return v;
  }
  return items.at(-1)![0];
}

const MIN = 60_000;

interface Forced {
  subtype?: Subtype;
  grade?: Grade;
  town?: string;
  village?: string;
  /** Where the scripted timeline stops: after intake, verification or the phone report. */
  stop?: 'intake' | 'verify' | 'phone';
}
const iso = (t: number) => new Date(t).toISOString();

export interface HistoryCounts {
  incidents: number;
  entries: number;
  open: number;
}

export function loadHistory(
  ctx: WriteCtx,
  towns: DemoTown[],
  people: DemoPerson[],
  anchor: Date,
  seed = 90,
): HistoryCounts {
  const rnd = seeded(seed);
  const chiefs = people.filter((p) => p.role === 'shift_chief');
  const officers = people.filter((p) => p.role === 'duty_officer');
  const leaders = people.filter((p) => p.role === 'leader');
  const end = anchor.getTime();
  const start = end - 90 * 24 * 60 * MIN;
  const counts: HistoryCounts = { incidents: 0, entries: 0, open: 0 };

  // Writes as a given person at a given moment: the demo's own clock and author.
  const as = (p: DemoPerson, at: number): WriteCtx => {
    const actor: Actor = { kind: 'operator', operatorId: p.id, name: p.name, role: p.role, tokenHash: '' };
    const entered = Math.min(end, at + Math.round(between(rnd, 1, 9)) * MIN);
    return { ...ctx, actor, now: () => new Date(entered), nowIso: () => iso(entered) };
  };
  const onDuty = (t: number) => {
    const day = Math.floor((t - start) / (24 * 60 * MIN));
    return {
      chief: chiefs[day % chiefs.length]!,
      officer: officers[(day * 2) % officers.length]!,
      leader: leaders[day % leaders.length]!,
    };
  };

  // Incidents arrive as a Poisson-like stream, ~3.3 a day, a little busier in the last days.
  let t = start + between(rnd, 0, 6 * 60) * MIN;
  while (t < end - 3 * 60 * MIN) {
    const ageH = (end - t) / 3_600_000;
    makeIncident(t, ageH);
    t += between(rnd, 0.3, 1.0) * (ageH < 48 ? 5 : 10) * 60 * MIN;
  }
  // The last hours are scripted, so the demo always shows the room at work: one report
  // overdue, one written report due soon, one call just in and not yet verified.
  makeIncident(end - 80 * MIN, 80 / 60, {
    subtype: 'fire',
    grade: 'IV',
    town: '白沙镇',
    village: '新华村',
    stop: 'verify',
  });
  makeIncident(end - 40 * MIN, 40 / 60, {
    subtype: 'landslide',
    grade: 'III',
    town: '青石镇',
    village: '石坝村',
    stop: 'phone',
  });
  makeIncident(end - 12 * MIN, 12 / 60, {
    subtype: 'power_outage',
    grade: 'unrated',
    town: '城关街道',
    village: '人民路',
    stop: 'intake',
  });

  // Log entries of no incident: a notice most days, a spot check every few days, a handover each shift.
  for (let day = 0; day < 90; day++) {
    const dayStart = start + day * 24 * 60 * MIN;
    const shiftChange = dayStart + (8 * 60 + 30) * MIN;
    if (shiftChange < end) {
      const d = onDuty(shiftChange);
      appendFor(as(d.chief, shiftChange + 5 * MIN), {
        incidentId: null,
        kind: 'equipment_handover',
        occurredAt: iso(shiftChange + 5 * MIN),
        data: {
          items: '卫星电话1部（电量充足）、对讲机4部、值班室钥匙1串、值班手机1部',
          receivedBy: d.chief.name,
        },
        clientKey: null,
      });
      counts.entries++;
    }
    if (rnd() < 0.7) {
      const at = dayStart + between(rnd, 9 * 60, 17 * 60) * MIN;
      if (at < end) {
        const d = onDuty(at);
        appendFor(as(d.officer, at), {
          incidentId: null,
          kind: 'call',
          occurredAt: iso(at),
          data: {
            direction: rnd() < 0.5 ? 'notice' : 'incoming_call',
            fromUnit: pick(rnd, UPPER_UNITS),
            fromName: pick(rnd, ['王科长', '李主任', '赵处长', '陈秘书']),
            phone: '',
            content: pick(rnd, [
              '转发气象台暴雨黄色预警，请做好防范',
              '通知：明日上午召开防汛视频调度会',
              '询问本县昨日道路交通事故处置进展',
              '要求报送本周安全生产检查情况',
              '寒潮蓝色预警，注意道路结冰',
              '森林防火期，加强值班值守',
            ]),
          },
          clientKey: null,
        });
        counts.entries++;
      }
    }
    if (rnd() < 0.35) {
      const at = dayStart + between(rnd, 0, 24 * 60) * MIN;
      if (at < end) {
        const d = onDuty(at);
        const secs = Math.round(between(rnd, 3, rnd() < 0.1 ? 40 : 15));
        appendFor(as(d.officer, at), {
          incidentId: null,
          kind: 'spot_check',
          occurredAt: iso(at),
          data: {
            callerUnit: pick(rnd, ['市应急管理局', '省应急管理厅', '市政府总值班室']),
            callerName: pick(rnd, ['刘科长', '周处长', '孙主任']),
            answeredBy: d.officer.name,
            answerSeconds: secs,
            result: secs > 30 ? '响铃较久后接听，已说明原因' : '在岗在位',
          },
          clientKey: null,
        });
        counts.entries++;
      }
    }
  }
  return counts;

  function makeIncident(received: number, ageH: number, forced: Forced = {}) {
    const subtype =
      forced.subtype ??
      weighted(
        rnd,
        WEIGHTS.map(([s, w]) => [s, w]),
      );
    const category = categoryOf(subtype) as Category;
    const grade = forced.grade ?? weighted(rnd, GRADE_WEIGHTS);
    const town = forced.town
      ? (towns.find((x) => x.name === forced.town) ?? pick(rnd, towns))
      : pick(rnd, towns);
    const village =
      forced.village ??
      (town.kind === '街道'
        ? pick(rnd, ['建设路', '人民路', '滨江社区', '东门社区', '工业园区'])
        : pick(rnd, VILLAGES));
    const point: LonLat = offsetM(town.seat, between(rnd, 200, 3500), between(rnd, 0, 2 * Math.PI)).map(
      r6,
    ) as LonLat;
    const sev = { I: 4, II: 3, III: 2, IV: 1, unrated: 0 }[grade];
    const dead =
      sev >= 3
        ? Math.round(between(rnd, sev === 4 ? 30 : 10, sev === 4 ? 35 : 14))
        : sev === 2
          ? Math.round(between(rnd, 3, 5))
          : rnd() < 0.15
            ? 1
            : 0;
    const injured = Math.round(between(rnd, 0, 3 + sev * 4));
    const kindLabel = label('zh-CN', `subtype.${subtype}`);
    const d = onDuty(received);
    const intake: IntakeData = {
      channel: weighted(rnd, [
        ['phone', 80],
        ['system', 8],
        ['fax', 4],
        ['radio', 3],
        ['walk_in', 3],
        ['sms', 2],
      ] as const as unknown as [IntakeData['channel'], number][]),
      receivedAt: iso(received),
      caller: {
        unit: town.kind === '街道' ? `${town.name}办事处` : `${town.name}人民政府`,
        name: pick(rnd, ['刘明', '陈刚', '杨帆', '周平', '吴强', '郑丽', '何勇', '高峰']),
        post: pick(rnd, ['应急办主任', '值班员', '分管副镇长', '派出所民警', '村支书']),
        phone: `138${String(Math.floor(between(rnd, 10000000, 99999999)))}`,
      },
      title: `${town.name}${village}${kindLabel}`,
      description: `${town.name}${village}发生${kindLabel}，现场情况正在进一步了解。`,
      cause: pick(rnd, DEMO_CAUSES[subtype]),
      occurredAt: iso(received - between(rnd, 5, 40) * MIN),
      place: { townCode: town.code, address: `${town.name}${village}`, point },
      casualties: {
        dead,
        injured,
        missing: sev >= 2 && rnd() < 0.3 ? 1 : 0,
        trapped: rnd() < 0.1 ? Math.round(between(rnd, 1, 4)) : 0,
      },
      losses: rnd() < 0.5 ? `直接经济损失约${Math.round(between(rnd, 1, 50 * (sev + 1)))}万元` : '',
      measures: pick(rnd, [
        '已通知消防、公安、卫健到场处置',
        '镇村干部已赶赴现场',
        '已疏散周边群众',
        '已设置警戒区域',
      ]),
      trend: pick(rnd, ['态势平稳', '仍在发展', '已得到控制', '']),
      notified:
        rnd() < 0.6
          ? [
              {
                who: pick(rnd, ['县公安局', '县消防救援大队', '县卫健局', '县交通运输局']),
                at: iso(received - 3 * MIN),
              },
            ]
          : [],
      category,
      subtype,
      grade,
    };
    const { incidentId } = createIncident(
      as(d.chief, received),
      intake,
      `demo_${received}_${Math.floor(rnd() * 1e9)}`,
    );
    counts.incidents++;
    counts.entries++;
    const add = (who: DemoPerson, at: number, kind: string, data: unknown): string | null => {
      if (at > end) return null;
      counts.entries++;
      return appendFor(as(who, at), { incidentId, kind, occurredAt: iso(at), data, clientKey: null }).id;
    };

    // Recent ones may still be open, some of them late: that is what the room must see.
    const stillOpen = ageH < 30 || (ageH < 72 && rnd() < 0.25);
    const phoneLimit = { I: 15, II: 15, III: 30, IV: 60, unrated: 60 }[grade];
    const late = rnd() < 0.06;
    let at = received + between(rnd, 4, 15) * MIN;
    if (forced.stop === 'intake' || (stillOpen && ageH < 1.6 && rnd() < 0.5 && !forced.stop)) {
      counts.open++;
      refresh(as(d.chief, received), incidentId);
      return; // just received: not even verified yet
    }
    add(d.officer, at, 'verify', {
      with: intake.caller.name,
      means: pick(rnd, ['phone', 'phone', 'onsite', 'video'] as const),
      result: rnd() < 0.04 ? 'false' : 'confirmed',
      notes: '经电话与报告人核实',
    });
    if (rnd() < 0.03) {
      add(d.chief, at + 10 * MIN, 'withdraw', { reason: '经核实为误报', falseAlarm: true });
      refresh(as(d.chief, at), incidentId);
      return;
    }
    const phoneAt =
      received + (late ? phoneLimit + between(rnd, 5, 40) : between(rnd, 5, phoneLimit - 2)) * MIN;
    // Not yet reported only if it came in within the last hour or so (and so is due soon).
    const noReportYet = forced.stop === 'verify' || (stillOpen && ageH < 1.2 && !forced.stop);
    if (forced.stop === 'verify') {
      counts.open++;
      refresh(as(d.chief, end), incidentId);
      return;
    }
    if (!noReportYet) {
      add(d.chief, phoneAt, 'report', {
        stage: 'initial',
        to: REPORT_TO,
        means: 'phone',
        content: '电话初报基本情况',
      });
      if (forced.stop === 'phone') {
        counts.open++;
        refresh(as(d.chief, end), incidentId);
        return;
      }
      add(d.chief, phoneAt + between(rnd, 8, 25) * MIN, 'report', {
        stage: 'initial',
        to: REPORT_TO,
        means: 'written',
        content: '书面初报',
      });
    }
    at = Math.max(at, phoneAt) + between(rnd, 20, 90) * MIN;
    const followups = Math.round(between(rnd, 1, 2 + sev));
    for (let i = 0; i < followups; i++) {
      add(d.officer, at, 'followup', {
        with: intake.caller.name,
        means: 'phone',
        content: pick(rnd, [
          '现场处置有序进行',
          '伤员已送医救治',
          '道路已恢复通行',
          '明火已扑灭，正在清理现场',
          '供电已逐步恢复',
        ]),
      });
      at += between(rnd, 30, 180) * MIN;
    }
    if (sev >= 2 || rnd() < 0.15) {
      const ins = {
        leader: d.leader.name,
        content: pick(rnd, [
          '全力救治伤员，查明原因，及时续报',
          '做好群众安置，防止次生灾害',
          '请县交通运输局配合做好交通疏导',
        ]),
      };
      const insId = add(d.leader, at, 'instruction', ins);
      at += between(rnd, 60, 240) * MIN;
      if (insId && !(stillOpen && rnd() < 0.5))
        add(d.chief, at, 'instruction_done', {
          instructionId: insId,
          status: 'done',
          result: '已按领导批示落实',
        });
    }
    if (stillOpen) {
      // Open incidents owe a 续报 at each 08:00 and 17:00; most are on time, one in five missed the last.
      if (!noReportYet) {
        const reportedAt = phoneAt + 30 * MIN;
        const missLast = rnd() < 0.35;
        let slot = nextFollowUpSlot(new Date(reportedAt + 120 * MIN), ['08:00', '17:00'], 'Asia/Shanghai');
        while (slot && slot.getTime() < end) {
          const next = nextFollowUpSlot(slot, ['08:00', '17:00'], 'Asia/Shanghai');
          if (missLast && next && next.getTime() >= end) break;
          add(onDuty(slot.getTime()).chief, slot.getTime() - between(rnd, 10, 50) * MIN, 'report', {
            stage: 'continued',
            to: REPORT_TO,
            means: 'written',
            content: '续报最新处置进展',
          });
          slot = next;
        }
      }
      counts.open++;
      refresh(as(d.chief, Math.min(at, end)), incidentId);
      return;
    }
    if (sev >= 2 && !noReportYet) {
      at += between(rnd, 60, 300) * MIN;
      add(d.chief, at, 'report', {
        stage: 'continued',
        to: REPORT_TO,
        means: 'written',
        content: '续报处置进展',
      });
    }
    at += between(rnd, 30, 240) * MIN;
    // Open across an 08:00 or 17:00 before it closed: the 续报 owed then was sent, as most
    // rooms do (考核 counts a missing one; the open incidents above miss some).
    if (!noReportYet) {
      let slot = nextFollowUpSlot(new Date(phoneAt + 120 * MIN), ['08:00', '17:00'], 'Asia/Shanghai');
      while (slot && slot.getTime() < at) {
        // A fixed lead, not a random one: the demo's random sequence (grades, towns) stays as it was.
        add(onDuty(slot.getTime()).chief, slot.getTime() - 25 * MIN, 'report', {
          stage: 'continued',
          to: REPORT_TO,
          means: 'written',
          content: '续报最新处置进展',
        });
        slot = nextFollowUpSlot(slot, ['08:00', '17:00'], 'Asia/Shanghai');
      }
    }
    if (!noReportYet)
      add(d.chief, at, 'report', {
        stage: 'final',
        to: REPORT_TO,
        means: 'written',
        content: '终报：处置完毕',
      });
    add(d.officer, at + 10 * MIN, 'feedback', {
      to: intake.caller.unit,
      content: '已将处置结果反馈报告单位',
    });
    add(d.chief, at + 20 * MIN, 'close', {
      summary: '处置完毕，办结',
      ...(noReportYet ? { noFinalReport: '未达上报标准，无需终报' } : {}),
    });
    refresh(as(d.chief, Math.min(at + 20 * MIN, end)), incidentId);
  }
}
