import type { remindersZhCN } from './reminders.zh-CN';

export const remindersEnUS: Record<keyof typeof remindersZhCN, string> = {
  'nav.reminders': 'Reminders',
  'reminders.subtitle':
    'What is due, overdue or below standard in the records: deal with each, or acknowledge it',
  'reminders.card.title': 'Reminders',
  'reminders.card.all': 'All reminders',
  'reminders.card.none': 'Nothing to deal with',
  'reminders.card.more': '{{n}} more',
  'reminders.header': 'Reminders {{n}}',
  'reminders.header.label': 'Reminders: {{n}} open, {{overdue}} overdue',
  'reminders.filter.open': 'Open ({{n}})',
  'reminders.filter.all': 'All ({{n}})',
  'reminders.state.overdue': 'Overdue',
  'reminders.state.due': 'Due soon',
  'reminders.condition': 'Now',
  'reminders.dueIn': 'due in {{d}}',
  'reminders.dueAgo': 'overdue by {{d}}',
  'reminders.col.state': 'State',
  'reminders.col.what': 'What',
  'reminders.col.due': 'Due',
  'reminders.col.ack': 'Acknowledged',
  'reminders.open': 'Open the record',
  'reminders.ack': 'Acknowledge',
  'reminders.ack.title': 'Acknowledge the reminder',
  'reminders.ack.note': 'What is being done (optional)',
  'reminders.ack.notePlaceholder': 'e.g. ordered, delivery on Friday',
  'reminders.ack.ok': 'Acknowledge',
  'reminders.ack.done': 'Acknowledged',
  'reminders.acked': 'Acknowledged by {{by}} at {{at}}',
  'reminders.acked.note': ': {{note}}',
  'reminders.empty': 'No reminders',
  'reminders.source.stock.belowMinimum':
    '{{depot}}: {{item}} stock {{quantity}} {{unit}}, below the minimum of {{minimum}} {{unit}}',
  'reminders.source.equipment.checkDue': 'Equipment "{{name}}" is due for its check',
  'reminders.source.equipment.faultDue': 'Equipment fault {{number}} ({{name}}): repair deadline',
  'reminders.source.warnings.callListReview':
    'Call list: {{n}} call-list contacts to be confirmed by {{date}} (yearly review)',
  'reminders.source.contacts.reviewDue': 'Contacts: {{n}} {{categoryLabel}} entries not confirmed for a year',
  'reminders.source.rectifications.due': 'Drill rectification {{number}} ({{unit}}): {{finding}}',
  'reminders.source.plans.filingDue': 'Plan "{{plan}}" ({{version}}): issued, to be filed',
  'reminders.source.plans.evaluationDue': 'Plan "{{plan}}" ({{version}}): evaluation due',
  'reminders.source.supplies.lotExpiring':
    '{{depot}}: {{item}} lot "{{lot}}", {{quantity}} {{unit}}, expires on {{expiresOn}}: rotate or write off',
  'reminders.source.experts.termDue': 'Expert {{name}} ({{unit}}): term ends',
  'reminders.source.teams.certificateDue': '{{team}}: {{member}}\'s certificate "{{certificate}}" expires',
  'reminders.source.supplyOrders.writtenDue':
    'Transfer order {{number}} (oral approval by {{approver}}, to {{unit}}): the written order is due within 48 hours',
  'reminders.source.supplyAgreements.contractEnd':
    'Agreement with "{{enterprise}}" ends on {{end}}: renew it or choose another enterprise',
};
