import { resourcesArea } from '../../common/areas/resources';
import { m005Facilities } from '../db/migrations/005-facilities';
import { m008FacilityKinds } from '../db/migrations/008-facility-kinds';
import { facilityHandlers } from '../facilities/handlers';
import { depotImportTarget, facilityImportTarget, stockImportTarget } from '../facilities/import-targets';
import { mapHandlers } from '../map/handlers';
import { stockBelowMinimum } from '../facilities/reminders';
import { defineCoreArea } from './define';

export const resourcesCore = defineCoreArea(resourcesArea, {
  handlers: { ...facilityHandlers, ...mapHandlers },
  migrations: [m005Facilities, m008FacilityKinds],
  importTargets: [facilityImportTarget, depotImportTarget, stockImportTarget],
  reminders: [stockBelowMinimum],
});
