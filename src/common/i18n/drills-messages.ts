import { catalog } from './catalog';

/** Error messages of drill campaigns and drills, both locales. */
const zh = {
  'errors.campaign_missing': '找不到该演练工作方案',
  'errors.campaign_domain_missing': '所选领域不属于该演练工作方案',
  'errors.campaign_domain_twice': '领域重复填写了：$t(drillDomain.{{domain}}) {{name}}',
  'errors.campaign_domain_in_use': '“$t(drillDomain.{{domain}}) {{name}}”下已登记演练，不能删除',
  'errors.campaign_domain_other_name': '“其他领域”须填写领域名称',
  'errors.drill_missing': '找不到该演练',
  'errors.drill_controller_only': '只有本次演练的导调人员可以执行此操作',
  'errors.drill_controller_unknown': '导调人员不存在或已停用：{{id}}',
  'errors.drill_creator_controller': '不预先通知的演练须由导调人员登记：请把自己列为导调人员',
  'errors.drill_state': '演练当前为“$t(drillState.{{state}})”，不能$t(drillAction.{{action}})',
  'errors.drill_plan_twice': '同一预案重复选择了',
  'errors.drill_inject_blank': '请填写注入的情景内容',
  'errors.drill_inject_missing': '脚本中没有这条情景注入',
  'errors.drill_inject_sent': '这条情景注入已于 {{at}} 发出',
} as const;

const en: Record<keyof typeof zh, string> = {
  'errors.campaign_missing': 'This drill campaign was not found',
  'errors.campaign_domain_missing': 'The chosen domain does not belong to this campaign',
  'errors.campaign_domain_twice': 'A domain is listed twice: $t(drillDomain.{{domain}}) {{name}}',
  'errors.campaign_domain_in_use': 'Drills are registered under "$t(drillDomain.{{domain}}) {{name}}"; it cannot be removed',
  'errors.campaign_domain_other_name': 'An "other" domain needs a name',
  'errors.drill_missing': 'This drill was not found',
  'errors.drill_controller_only': "Only this drill's controllers may do this",
  'errors.drill_controller_unknown': 'Controller not found or disabled: {{id}}',
  'errors.drill_creator_controller': 'An unannounced drill is registered by its controllers: list yourself as a controller',
  'errors.drill_state': 'The drill is "$t(drillState.{{state}})"; it cannot be $t(drillAction.{{action}})',
  'errors.drill_plan_twice': 'The same plan is chosen twice',
  'errors.drill_inject_blank': 'Write the scenario message to inject',
  'errors.drill_inject_missing': 'This inject is not in the script',
  'errors.drill_inject_sent': 'This inject was sent at {{at}}',
};

export const drillsMessages = catalog(zh, en);
