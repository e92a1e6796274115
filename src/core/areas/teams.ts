import { teamsArea } from '../../common/areas/teams';
import { m018Teams } from '../db/migrations/018-teams';
import { m019Experts } from '../db/migrations/019-experts';
import { expertHandlers } from '../experts/handlers';
import { expertTermDue } from '../experts/reminders';
import { teamHandlers } from '../teams/handlers';
import { dispatchHandlers } from '../teams/dispatch';
import { teamCertificateDue } from '../teams/reminders';
import { defineCoreArea } from './define';

export const teamsCore = defineCoreArea(teamsArea, {
  handlers: { ...teamHandlers, ...dispatchHandlers, ...expertHandlers },
  migrations: [m018Teams, m019Experts],
  reminders: [teamCertificateDue, expertTermDue],
});
