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
};

export const suppliesMessages = catalog(zh, en);
