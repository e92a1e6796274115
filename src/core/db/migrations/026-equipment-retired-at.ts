import type { Migration } from './index';

/**
 * When an item of the equipment register was retired (停用/报废). Its checks stay owed for
 * the periods that ended while it was in service: 统计, 考核 and the equipment page's
 * figures count those periods and stop at the retirement, where they used to leave a
 * retired item out of every period, past ones too (a missed check forgiven by retiring the
 * item afterwards). Kept by the register's writes: set when the status becomes `retired`,
 * cleared when it leaves it. Items retired before this migration take their last change's
 * time, the best the record holds.
 */
export const m026EquipmentRetiredAt: Migration = {
  version: 26,
  name: 'equipment-retired-at',
  up(db) {
    db.exec(`
      ALTER TABLE equipment ADD COLUMN retired_at TEXT;
      UPDATE equipment SET retired_at = updated_at WHERE status = 'retired';
    `);
  },
};
