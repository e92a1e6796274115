import { catalog } from './catalog';

/** Error messages of 预警叫应, both locales. */
const zh = {
  'errors.field.month_day': '应为每年都有的日期 MM-DD，例如 04-20（不能是 02-29）',
  'errors.warning_missing': '找不到该预警',
  'errors.warning_recipient_missing': '找不到该接收对象',
  'errors.warning_not_live': '该预警$t(warningState.{{state}})，不能再转发、升级或解除',
  'errors.warning_towns_unknown': '没有这个乡镇：{{codes}}',
  'errors.warning_contact_missing': '通讯录中找不到所选联系人，或已停用',
  'errors.warning_already_sent': '“{{unit}} {{person}}”已在接收对象中',
  'errors.warning_acked': '“{{unit}} {{person}}”已回执（{{at}}），一个接收对象只记一次回执',
  'errors.warning_escalated': '“{{unit}} {{person}}”已升级叫应，不能再次升级',
  'errors.warning_ladder_top': '“{{town}}”叫应名录中已没有下一位联系人，请在通讯录中补充或直接报带班领导',
  'errors.warning_time_order': '时间不能早于预警发出时间（{{at}}）',
  'errors.warning_times': '预警的生效、开始和失效时间先后不对',
  'errors.warning_update_target': '被更新的预警不存在或已不在有效期内',
  'errors.warning_future': '时间不能晚于当前时间',
  'errors.warning_polygon': '区域多边形须首尾闭合',
};

const en: Record<keyof typeof zh, string> = {
  'errors.field.month_day': 'Use a date every year has, as MM-DD, e.g. 04-20 (not 02-29)',
  'errors.warning_missing': 'This warning was not found',
  'errors.warning_recipient_missing': 'This recipient was not found',
  'errors.warning_not_live':
    'This warning is $t(warningState.{{state}}): it can no longer be forwarded, escalated or cancelled',
  'errors.warning_towns_unknown': 'No such town: {{codes}}',
  'errors.warning_contact_missing': 'The chosen contact is not in the contacts register or is archived',
  'errors.warning_already_sent': '"{{unit}} {{person}}" is already a recipient',
  'errors.warning_acked': '"{{unit}} {{person}}" has already answered ({{at}}); a recipient answers once',
  'errors.warning_escalated': '"{{unit}} {{person}}" has already been escalated',
  'errors.warning_ladder_top':
    '"{{town}}" has no further person on its call list: add one in the contacts register or report to the leader on duty',
  'errors.warning_time_order': 'The time cannot be before the warning was sent ({{at}})',
  'errors.warning_times': 'The warning\u2019s effective, onset and expiry times are out of order',
  'errors.warning_update_target': 'The warning being updated does not exist or is no longer in force',
  'errors.warning_future': 'The time cannot be in the future',
  'errors.warning_polygon': 'The area polygon must end where it starts',
};

export const warningsMessages = catalog(zh, en);
