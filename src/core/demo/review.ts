import type { DrillForm } from '../../common/domain/drills';
import {
  DEFAULT_EVALUATION_TEMPLATES,
  type Grade,
  type RectificationCategory,
} from '../../common/domain/review';
import type { WriteCtx } from '../handler';
import { stmt } from '../db/sql';
import { systemActor } from '../actor';
import { addObservation, saveEvaluation, submitEvaluation } from '../review/evaluations';
import { closeRectification, openRectification, updateRectification } from '../review/rectifications';

/**
 * The review side of the demo's past drills: each drill that has ended is evaluated by a
 * named team (scores with a few shortfalls, observations with times, 现场点评, 自评, the
 * report's words) the day after, and what it found becomes 整改 items — some closed with
 * evidence, some in progress, some past their due date.
 */
const EVALUATORS = [
  { name: '周振华', unit: '县应急管理局', role: 'lead' as const },
  { name: '吴晓燕', unit: '县应急管理局', role: 'member' as const },
  { name: '郑国栋', unit: '县消防救援大队', role: 'member' as const },
];

const OBSERVATIONS: readonly {
  minutes: number;
  phase: 'warning' | 'activation' | 'command' | 'comms';
  text: string;
}[] = [
  { minutes: 3, phase: 'warning', text: '值班员接报后 3 分钟内电话核实，记录要素齐全' },
  { minutes: 12, phase: 'activation', text: '带班领导研判后宣布启动Ⅳ级响应，通知到位用时 9 分钟' },
  { minutes: 25, phase: 'comms', text: '卫星电话电量不足，改用对讲机联络，中断约 6 分钟' },
  { minutes: 40, phase: 'command', text: '现场指挥部开设，镇村两级分工明确' },
];

const FINDINGS: readonly {
  category: RectificationCategory;
  itemKey: string;
  finding: string;
  measures: string;
  ownerUnit: string;
}[] = [
  {
    category: 'equipment',
    itemKey: 'm_link',
    finding: '卫星电话电池电量不足，备用通信中断约 6 分钟',
    measures: '建立卫星电话每周充电和通话测试制度，配备备用电池',
    ownerUnit: '县应急管理局办公室',
  },
  {
    category: 'mechanism',
    itemKey: 'w_report',
    finding: '续报晚于规定时限 8 分钟，续报要素缺伤亡核实情况',
    measures: '修订值班信息报送流程，明确续报责任人和要素清单',
    ownerUnit: '县应急管理局值班室',
  },
  {
    category: 'personnel',
    itemKey: 'o_warn',
    finding: '村级信息员对转移路线不熟悉，疏散引导迟缓',
    measures: '组织村级信息员转移路线实地培训',
    ownerUnit: '青石镇人民政府',
  },
];

/** A grade per item: mostly 达标, the drill's findings 基本达标 or 未达标. */
function gradeOf(i: number, key: string): Grade {
  if (key === 'm_link') return i % 2 === 0 ? 'not_met' : 'partly';
  if (key === 'w_report' || key === 'o_warn') return 'partly';
  return 'met';
}

const DAY = 86_400_000;

export function loadReview(ctx: WriteCtx, now: Date): { evaluations: number; rectifications: number } {
  const drills = stmt<[], { id: string; form: DrillForm; started_at: string; ended_at: string }>(
    ctx.db,
    `SELECT id, form, started_at, ended_at FROM drills WHERE state = 'ended' AND ended_at IS NOT NULL ORDER BY started_at`,
  ).all();
  // Every write as of a moment in the past, so the record reads as it happened, by the team's lead.
  const at = (t: number): WriteCtx => ({
    ...ctx,
    actor: systemActor(EVALUATORS[0]!.name),
    now: () => new Date(t),
    nowIso: () => new Date(t).toISOString(),
  });
  let rectifications = 0;
  drills.forEach((d, i) => {
    const started = Date.parse(d.started_at);
    const ended = Date.parse(d.ended_at);
    const evaluatedAt = Math.min(ended + DAY, now.getTime());
    for (const o of OBSERVATIONS.filter((o) => started + o.minutes * 60_000 <= ended))
      addObservation(at(started + o.minutes * 60_000), {
        clientKey: `demo_obs_${d.id}_${o.minutes}`,
        drillId: d.id,
        observedAt: new Date(started + o.minutes * 60_000).toISOString(),
        phase: o.phase,
        text: o.text,
      });
    const items = DEFAULT_EVALUATION_TEMPLATES[d.form];
    saveEvaluation(at(evaluatedAt), {
      drillId: d.id,
      evaluators: EVALUATORS,
      scores: items.map((it) => ({
        key: it.key,
        grade: gradeOf(i, it.key),
        points: null,
        note: FINDINGS.find((f) => f.itemKey === it.key && gradeOf(i, it.key) !== 'met')?.finding ?? '',
      })),
      onsiteComment: '演练组织有序，响应启动及时，群众转移安全；通信保障和续报时效有待加强。',
      selfAssessment: '参演单位认为职责分工清楚，但夜间通信手段准备不足。',
      sections: {
        execution: '演练按“不预先通知、不预设场景”组织，参演单位实兵拉动，全过程按计划完成。',
        plan: '预案响应分级和启动条件清楚，可操作；续报时限要求需在值班制度中细化。',
        command: '指挥部开设及时，镇村两级联动顺畅。',
        handling: '处置措施总体得当，村级信息员疏散引导不够熟练。',
        equipment: '卫星电话电量管理不到位，备用通信一度中断。',
        suggestions: '建立通信装备定期检查制度；开展村级信息员培训；细化续报流程。',
      },
    });
    submitEvaluation(at(evaluatedAt + 3_600_000), d.id);
    // Two findings per drill, due 15 and 30 days after the evaluation: all opened first,
    // then worked on, so closing one never closes the drill while the other is open.
    const opened = evaluatedAt + 4 * 3_600_000;
    const ids = FINDINGS.slice(i % 2, (i % 2) + 2).map((f, j) =>
      openRectification(
        at(opened + j * 60_000),
        {
          clientKey: `demo_rect_${d.id}_${j}`,
          drillId: d.id,
          dueDate: new Date(opened + (15 + 15 * j) * DAY).toISOString().slice(0, 10),
          category: f.category,
          finding: f.finding,
          measures: f.measures,
          ownerUnit: f.ownerUnit,
          ...(items.some((it) => it.key === f.itemKey) ? { itemKey: f.itemKey } : {}),
        },
        () => null,
      ),
    );
    rectifications += ids.length;
    ids.forEach((id, j) => {
      const progressAt = opened + 5 * DAY;
      if (progressAt < now.getTime())
        updateRectification(at(progressAt + j * 60_000), {
          id,
          clientKey: `demo_rprog_${d.id}_${j}`,
          progress: '已制定整改方案，正在落实',
        });
      // The oldest drill's first item is closed; the others stay open (and go overdue as time passes).
      const closedAt = opened + 12 * DAY;
      if (i === 0 && j === 0 && closedAt < now.getTime())
        closeRectification(at(closedAt), {
          id,
          clientKey: `demo_rclose_${d.id}_${j}`,
          evidence: '《应急通信装备管理制度》已印发，补充备用电池 4 块，复查通话测试正常',
          verifiedBy: '李建国',
        });
    });
  });
  return { evaluations: drills.length, rectifications };
}
