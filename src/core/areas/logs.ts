import { logsArea } from '../../common/areas/logs';
import { m003DutyLog } from '../db/migrations/003-duty-log';
import { m007SearchProgress } from '../db/migrations/007-search-progress';
import { deadlineHandlers } from '../deadlines/handlers';
import { incidentHandlers } from '../incidents/handlers';
import { logHandlers } from '../logs/handlers';
import { defineCoreArea } from './define';

export const logsCore = defineCoreArea(logsArea, {
  handlers: { ...incidentHandlers, ...logHandlers, ...deadlineHandlers },
  migrations: [m003DutyLog, m007SearchProgress],
});
