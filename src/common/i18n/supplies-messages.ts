import { catalog } from './catalog';

/** Error messages of the supplies ledger (应急物资), both locales. */
const zh = {
  'errors.field.supply_code': '物资编码应为 GB/T 38565 的 7 位数字',
  'errors.supplies_item_missing': '找不到该物资',
  'errors.supplies_item_taken': '已有物资“{{name}}”（规格“{{spec}}”，单位“{{unit}}”）',
  'errors.supplies_lot_missing': '找不到该批次',
  'errors.supplies_lot_elsewhere': '该批次不在所选储备库或不是所选物资',
  'errors.supplies_below_zero':
    '{{item}} 批次“{{lot}}”仅余 {{left}}{{unit}}，不能减少 {{asked}}{{unit}}：库存不能为负，本次未做任何变动',
  'errors.supplies_short':
    '{{item}} 在该库仅余 {{left}}{{unit}}，不能出 {{asked}}{{unit}}：库存不能为负，本次未做任何变动',
  'errors.supplies_reason_required': '出库、报废、调拨、轮换和盘点差异须写明原因或去向',
  'errors.supplies_transfer_target': '调拨须选择另一个接收储备库',
  'errors.supplies_expiry_required': '轮换须填写新批次的有效期',
  'errors.supplies_count_duplicate': '同一批次在一次盘点中只能出现一次',
  'errors.agreement_missing': '找不到该协议储备',
  'errors.agreement_taken': '已有“{{enterprise}}”的协议储备',
  'errors.agreement_dates': '合同截止日期不能早于开始日期',
  'errors.agreement_item_twice': '同一物资在一份协议中只能列一次',
  'errors.agreement_line_empty': '每项物资须填写储备数量或日产能',
  'errors.order_missing': '找不到该调拨单',
  'errors.order_source': '调拨单须选择一个调出储备库或一家协议企业（只能选一个）',
  'errors.order_item_twice': '同一物资在一张调拨单中只能列一次',
  'errors.order_item_not_agreed': '该协议企业的协议中没有“{{item}}”',
  'errors.order_document_required': '书面批准须填写调拨指令文号',
  'errors.order_approved_future': '批准时间不能晚于现在',
  'errors.order_written_already': '该调拨单已有书面指令，无需补办',
  'errors.order_dispatched_already': '该调拨单已发出',
  'errors.order_not_dispatched': '调拨单发出后才能核销',
  'errors.order_reconciled_already': '该调拨单已核销',
  'errors.order_reconcile_lines': '核销须逐项填写调拨单上的每一项物资',
  'errors.order_reconcile_sum':
    '{{item}}：到达数量不能超过发出的 {{sent}}{{unit}}，且使用、回收、报损之和须等于到达数量',
};

const en: Record<keyof typeof zh, string> = {
  'errors.field.supply_code': 'Item codes are the 7 digits of GB/T 38565',
  'errors.supplies_item_missing': 'Supply item not found',
  'errors.supplies_item_taken': 'The item "{{name}}" (spec "{{spec}}", unit "{{unit}}") already exists',
  'errors.supplies_lot_missing': 'Lot not found',
  'errors.supplies_lot_elsewhere': 'That lot is not in the chosen depot or not of the chosen item',
  'errors.supplies_below_zero':
    '{{item}} lot "{{lot}}" holds only {{left}} {{unit}} and cannot lose {{asked}} {{unit}}: stock never goes below zero; nothing was changed',
  'errors.supplies_short':
    'The depot holds only {{left}} {{unit}} of {{item}} and cannot issue {{asked}} {{unit}}: stock never goes below zero; nothing was changed',
  'errors.supplies_reason_required': 'Issues, write-offs, transfers, rotations and count differences need a reason or destination',
  'errors.supplies_transfer_target': 'A transfer needs another depot to receive it',
  'errors.supplies_expiry_required': 'A rotation needs the new lot’s expiry date',
  'errors.supplies_count_duplicate': 'A lot appears only once in a count',
  'errors.agreement_missing': 'Agreement not found',
  'errors.agreement_taken': '"{{enterprise}}" already has an agreement',
  'errors.agreement_dates': 'The contract cannot end before it starts',
  'errors.agreement_item_twice': 'An item appears only once in an agreement',
  'errors.agreement_line_empty': 'Give each item a quantity held or a capacity per day',
  'errors.order_missing': 'Transfer order not found',
  'errors.order_source': 'A transfer order needs one source: a depot or an agreement enterprise (not both)',
  'errors.order_item_twice': 'An item appears only once in a transfer order',
  'errors.order_item_not_agreed': 'That enterprise’s agreement does not include "{{item}}"',
  'errors.order_document_required': 'A written approval needs the order’s document number',
  'errors.order_approved_future': 'The approval cannot be later than now',
  'errors.order_written_already': 'This order already has its written order',
  'errors.order_dispatched_already': 'This order has already been dispatched',
  'errors.order_not_dispatched': 'An order is reconciled only after it has been dispatched',
  'errors.order_reconciled_already': 'This order has already been reconciled',
  'errors.order_reconcile_lines': 'Reconcile every item of the order',
  'errors.order_reconcile_sum':
    '{{item}}: no more can arrive than the {{sent}} {{unit}} sent, and used, returned and written off must add up to what arrived',
};

export const suppliesMessages = catalog(zh, en);
