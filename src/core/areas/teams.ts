import { teamsArea } from '../../common/areas/teams';
import { m017Teams } from '../db/migrations/017-teams';
import { m018Experts } from '../db/migrations/018-experts';
import { expertHandlers } from '../experts/handlers';
import { expertTermDue } from '../experts/reminders';
import { teamHandlers } from '../teams/handlers';
import { dispatchHandlers } from '../teams/dispatch';
import { teamCertificateDue } from '../teams/reminders';
import { defineCoreArea } from './define';

export const teamsCore = defineCoreArea(teamsArea, {
  handlers: { ...teamHandlers, ...dispatchHandlers, ...expertHandlers },
  migrations: [m017Teams, m018Experts],
  reminders: [teamCertificateDue, expertTermDue],
});
