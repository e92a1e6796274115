import { catalog } from './catalog';

/** Labels of the supplies ledger: depot kinds and movement kinds, both locales. */
const zh = {
  'depotKind.county': '县级储备库',
  'depotKind.town': '乡镇储备点',
  'depotKind.agent': '代储单位',
  'movementKind.opening': '期初',
  'movementKind.receive': '入库',
  'movementKind.issue': '出库',
  'movementKind.transfer_out': '调拨出',
  'movementKind.transfer_in': '调拨入',
  'movementKind.recover': '回收',
  'movementKind.count_adjust': '盘点调整',
  'movementKind.scrap': '报废',
  'movementKind.rotate': '轮换',
  'moveKind.receive': '入库',
  'moveKind.issue': '出库',
  'moveKind.transfer': '调拨',
  'moveKind.recover': '回收',
  'moveKind.scrap': '报废',
  'moveKind.rotate': '轮换',
};

const en: Record<keyof typeof zh, string> = {
  'depotKind.county': 'County depot',
  'depotKind.town': 'Town depot',
  'depotKind.agent': 'Agent holder',
  'movementKind.opening': 'Opening balance',
  'movementKind.receive': 'Received',
  'movementKind.issue': 'Issued',
  'movementKind.transfer_out': 'Transfer out',
  'movementKind.transfer_in': 'Transfer in',
  'movementKind.recover': 'Recovered',
  'movementKind.count_adjust': 'Count adjustment',
  'movementKind.scrap': 'Written off',
  'movementKind.rotate': 'Rotation',
  'moveKind.receive': 'Receive',
  'moveKind.issue': 'Issue',
  'moveKind.transfer': 'Transfer',
  'moveKind.recover': 'Recover',
  'moveKind.scrap': 'Write off',
  'moveKind.rotate': 'Rotate',
};

export const suppliesLabels = catalog(zh, en);
