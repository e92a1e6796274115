import { teamsArea } from '../../common/areas/teams';
import { m016Teams } from '../db/migrations/016-teams';
import { m017Experts } from '../db/migrations/017-experts';
import { expertHandlers } from '../experts/handlers';
import { expertTermDue } from '../experts/reminders';
import { teamHandlers } from '../teams/handlers';
import { dispatchHandlers } from '../teams/dispatch';
import { teamCertificateDue } from '../teams/reminders';
import { defineCoreArea } from './define';

export const teamsCore = defineCoreArea(teamsArea, {
  handlers: { ...teamHandlers, ...dispatchHandlers, ...expertHandlers },
  migrations: [m016Teams, m017Experts],
  reminders: [teamCertificateDue, expertTermDue],
});
