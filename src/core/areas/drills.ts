import { drillsArea } from '../../common/areas/drills';
import { m009Drills } from '../db/migrations/009-drills';
import { m017DrillEquipment } from '../db/migrations/017-drill-equipment';
import { drillsHandlers } from '../drills/handlers';
import { deliverDueInjects } from '../drills/injects';
import { defineCoreArea } from './define';

export const drillsCore = defineCoreArea(drillsArea, {
  handlers: drillsHandlers,
  migrations: [m009Drills, m017DrillEquipment],
  ticks: [{ name: 'drills.injects', run: deliverDueInjects }],
});
