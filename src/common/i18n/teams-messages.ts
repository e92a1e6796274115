import { catalog } from './catalog';

/** Error messages of rescue teams, dispatch, experts and consultations, both locales. */
const zh = {
  'errors.team_missing': '找不到该救援队伍',
  'errors.team_taken': '已有名为“{{name}}”的队伍',
  'errors.team_no_duty_phone': '请填写队伍的 24 小时值班电话',
  'errors.team_busy_archive': '“{{name}}”正在执行调派任务，归队后才能停用',
  'errors.team_spot_seconds': '已接听的查岗请填写应答用时（秒）',
  'errors.team_busy': '“{{name}}”正在 {{number}} 执行任务（$t(dispatchState.{{state}})），归队后才能再调派',
  'errors.dispatch_missing': '找不到该调派记录',
  'errors.dispatch_done': '“{{team}}”已归队，本次调派已结束',
  'errors.dispatch_out_of_order':
    '“{{team}}”当前为“$t(dispatchState.{{state}})”，下一步应为“$t(dispatchState.{{next}})”',
  'errors.dispatch_time_order': '时间不能早于上一步（或接报时间）',
  'errors.dispatch_no_correction': '队伍调派记录不能更正：请在备注中说明，或按实际情况登记下一步',
  'errors.expert_missing': '找不到该专家',
  'errors.expert_taken': '“{{unit}}”已有专家“{{name}}”',
  'errors.expert_no_phone': '请至少填写一个电话（手机或办公电话）',
  'errors.expert_term_order': '聘期结束日期不能早于开始日期',
  'errors.consultation_missing': '找不到该会商记录',
  'errors.consultation_drill_missing': '找不到该演练',
  'errors.consultation_entry_foreign': '关联的处置记录必须属于所关联的事件',
};

const en: Record<keyof typeof zh, string> = {
  'errors.team_missing': 'Rescue team not found',
  'errors.team_taken': 'A team named "{{name}}" already exists',
  'errors.team_no_duty_phone': "Give the team's 24-hour duty phone",
  'errors.team_busy_archive': '"{{name}}" is out on a dispatch; it can be retired once it is back',
  'errors.team_spot_seconds': 'An answered spot check needs the answer time (seconds)',
  'errors.team_busy': '"{{name}}" is on {{number}} ($t(dispatchState.{{state}})); it can be dispatched again once back at base',
  'errors.dispatch_missing': 'Dispatch not found',
  'errors.dispatch_done': '"{{team}}" is back at base; this dispatch is over',
  'errors.dispatch_out_of_order':
    '"{{team}}" is at "$t(dispatchState.{{state}})"; the next step is "$t(dispatchState.{{next}})"',
  'errors.dispatch_time_order': 'The time cannot be before the previous step (or the intake)',
  'errors.dispatch_no_correction':
    'A dispatch step cannot be corrected: say so in a note, or record the next step as it happened',
  'errors.expert_missing': 'Expert not found',
  'errors.expert_taken': '"{{unit}}" already has an expert named "{{name}}"',
  'errors.expert_no_phone': 'Give at least one phone number (mobile or office)',
  'errors.expert_term_order': 'The term cannot end before it starts',
  'errors.consultation_missing': 'Consultation not found',
  'errors.consultation_drill_missing': 'Drill not found',
  'errors.consultation_entry_foreign': "The linked steps must belong to the consultation's incident",
};

export const teamsMessages = catalog(zh, en);
