import { rosterArea } from '../../common/areas/roster';
import { m006RosterHandover } from '../db/migrations/006-roster-handover';
import { handoverHandlers } from '../handover/handlers';
import { rosterHandlers } from '../roster/handlers';
import { rosterImportTarget } from '../roster/import-target';
import { shiftHandlers } from '../shifts/handlers';
import { defineCoreArea } from './define';

export const rosterCore = defineCoreArea(rosterArea, {
  handlers: { ...rosterHandlers, ...shiftHandlers, ...handoverHandlers },
  migrations: [m006RosterHandover],
  importTargets: [rosterImportTarget],
});
