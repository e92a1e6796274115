import { catalog } from './catalog';

/** Error messages of the drill review area (演练评估与整改), both locales. */
const zh = {
  'errors.review_drill_missing': '找不到该演练',
  'errors.review_drill_not_started': '演练尚未开始，不能评估或记录观察',
  'errors.review_drill_not_ended': '演练尚未结束，评估不能提交',
  'errors.review_drill_closed': '该演练的整改已全部销号、演练已关闭，不能再登记问题',
  'errors.evaluation_missing': '该演练还没有评估记录',
  'errors.evaluation_submitted': '评估已于 {{at}} 提交，不能再修改',
  'errors.evaluation_unknown_item': '评估项 {{key}} 不在本次评估的模板中',
  'errors.evaluation_duplicate_item': '评估项 {{key}} 重复填写',
  'errors.evaluation_bad_score': '评估项“{{label}}”应$t(itemScale.{{scale}})评分',
  'errors.evaluation_points_over': '评估项“{{label}}”最多 {{max}} 分',
  'errors.evaluation_incomplete': '还有 {{count}} 个评估项未评分，不能提交',
  'errors.evaluation_no_lead': '请至少填写一名评估组长后再提交',
  'errors.evaluation_template_duplicate_key': '评估项编号 {{key}} 重复',
  'errors.observation_before_start': '观察时间不能早于演练开始时间',
  'errors.rectification_missing': '找不到该整改事项',
  'errors.rectification_closed': '整改事项 {{number}} 已销号',
  'errors.rectification_no_change': '没有要保存的修改',
  'errors.rectification_reason_needed': '变更整改期限须说明理由',
  'errors.rectification_plan_needed': '预案类问题须指明要修订的预案',
  'errors.rectification_plan_not_tested': '该预案不在本次演练检验的预案中',
  'errors.rectification_plan_missing': '找不到该预案',
  'errors.rectification_no_evidence': '销号须填写整改佐证材料和验证人',
} as const;

const en: Record<keyof typeof zh, string> = {
  'errors.review_drill_missing': 'Drill not found',
  'errors.review_drill_not_started': 'The drill has not started: it cannot be evaluated or observed yet',
  'errors.review_drill_not_ended': 'The drill has not ended yet: the evaluation cannot be submitted',
  'errors.review_drill_closed':
    'Every rectification of this drill is closed and the drill with them: no new finding can be recorded',
  'errors.evaluation_missing': 'This drill has no evaluation yet',
  'errors.evaluation_submitted': 'The evaluation was submitted at {{at}} and can no longer change',
  'errors.evaluation_unknown_item': 'Item {{key}} is not in this evaluation’s template',
  'errors.evaluation_duplicate_item': 'Item {{key}} is scored twice',
  'errors.evaluation_bad_score': 'Item “{{label}}” is scored by $t(itemScale.{{scale}})',
  'errors.evaluation_points_over': 'Item “{{label}}” has at most {{max}} points',
  'errors.evaluation_incomplete': '{{count}} items are not scored yet: the evaluation cannot be submitted',
  'errors.evaluation_no_lead': 'Name a lead evaluator before submitting',
  'errors.evaluation_template_duplicate_key': 'Item key {{key}} appears twice',
  'errors.observation_before_start': 'An observation cannot be earlier than the start of the drill',
  'errors.rectification_missing': 'Rectification item not found',
  'errors.rectification_closed': 'Rectification {{number}} is already closed',
  'errors.rectification_no_change': 'Nothing to save',
  'errors.rectification_reason_needed': 'Give a reason for changing the due date',
  'errors.rectification_plan_needed': 'A plan finding must name the plan to revise',
  'errors.rectification_plan_not_tested': 'That plan was not under test in this drill',
  'errors.rectification_plan_missing': 'Plan not found',
  'errors.rectification_no_evidence': 'Closing needs the evidence of the fix and who verified it',
};

export const reviewMessages = catalog(zh, en);
