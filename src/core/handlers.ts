import type { HandlerTable } from './handler';
import { auditHandlers } from './audit/handlers';
import { backupHandlers } from './backup/handlers';
import { authHandlers, operatorHandlers } from './operators/handlers';
import { settingsHandlers } from './settings/handlers';
import { wallTokenHandlers } from './settings/wall-tokens';
import { systemHandlers } from './system/handlers';
import { geoHandlers } from './geo/handlers';
import { incidentHandlers } from './incidents/handlers';
import { logHandlers } from './logs/handlers';
import { deadlineHandlers } from './deadlines/handlers';
import { equipmentHandlers } from './equipment/handlers';
import { importHandlers } from './imports/handlers';
import { statsHandlers } from './stats/handlers';
import { desktopHandlers } from './desktop/handlers';
import { shiftHandlers } from './shifts/handlers';
import { rosterHandlers } from './roster/handlers';
import { handoverHandlers } from './handover/handlers';
import { facilityHandlers } from './facilities/handlers';
import { mapHandlers } from './map/handlers';

/** Every method of the contract has exactly one handler; the type makes a missing one a compile error. */
export const handlers: HandlerTable = {
  ...systemHandlers,
  ...auditHandlers,
  ...operatorHandlers,
  ...authHandlers,
  ...settingsHandlers,
  ...wallTokenHandlers,
  ...backupHandlers,
  ...geoHandlers,
  ...incidentHandlers,
  ...logHandlers,
  ...deadlineHandlers,
  ...equipmentHandlers,
  ...importHandlers,
  ...statsHandlers,
  ...desktopHandlers,
  ...shiftHandlers,
  ...rosterHandlers,
  ...handoverHandlers,
  ...facilityHandlers,
  ...mapHandlers,
};
