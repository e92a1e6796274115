import { teamsArea } from '../../common/areas/teams';
import { m015Teams } from '../db/migrations/015-teams';
import { teamHandlers } from '../teams/handlers';
import { dispatchHandlers } from '../teams/dispatch';
import { teamCertificateDue } from '../teams/reminders';
import { defineCoreArea } from './define';

export const teamsCore = defineCoreArea(teamsArea, {
  handlers: { ...teamHandlers, ...dispatchHandlers },
  migrations: [m015Teams],
  reminders: [teamCertificateDue],
});
