import { systemArea } from '../../common/areas/system';
import { auditHandlers } from '../audit/handlers';
import { desktopHandlers } from '../desktop/handlers';
import { m001Foundation } from '../db/migrations/001-foundation';
import { importHandlers } from '../imports/handlers';
import { systemHandlers } from '../system/handlers';
import { defineCoreArea } from './define';

export const systemCore = defineCoreArea(systemArea, {
  handlers: { ...systemHandlers, ...auditHandlers, ...desktopHandlers, ...importHandlers },
  // The foundation: settings, operators, sessions, the audit trail.
  migrations: [m001Foundation],
});
