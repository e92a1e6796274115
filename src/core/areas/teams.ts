import { teamsArea } from '../../common/areas/teams';
import { m015Teams } from '../db/migrations/015-teams';
import { m016Experts } from '../db/migrations/016-experts';
import { expertHandlers } from '../experts/handlers';
import { expertTermDue } from '../experts/reminders';
import { teamHandlers } from '../teams/handlers';
import { dispatchHandlers } from '../teams/dispatch';
import { teamCertificateDue } from '../teams/reminders';
import { defineCoreArea } from './define';

export const teamsCore = defineCoreArea(teamsArea, {
  handlers: { ...teamHandlers, ...dispatchHandlers, ...expertHandlers },
  migrations: [m015Teams, m016Experts],
  reminders: [teamCertificateDue, expertTermDue],
});
