import { equipmentArea } from '../../common/areas/equipment';
import { m004Equipment } from '../db/migrations/004-equipment';
import { m026EquipmentRetiredAt } from '../db/migrations/026-equipment-retired-at';
import { equipmentHandlers } from '../equipment/handlers';
import { equipmentImportTarget } from '../equipment/import-target';
import { equipmentCheckDue, equipmentFaultDue } from '../equipment/reminders';
import { defineCoreArea } from './define';

export const equipmentCore = defineCoreArea(equipmentArea, {
  handlers: equipmentHandlers,
  migrations: [m004Equipment, m026EquipmentRetiredAt],
  importTargets: [equipmentImportTarget],
  reminders: [equipmentCheckDue, equipmentFaultDue],
});
