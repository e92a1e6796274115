import { CERT_LEAD_DAYS } from '../../common/domain/teams';
import { endOfLocalDay } from '../../common/time/zone';
import { stmt } from '../db/sql';
import type { ReminderProvider } from '../reminders/provider';
import { readSettings } from '../settings/repo';

/**
 * A member's certificate (救援员证, 潜水证…) ending: reminded two months ahead, so the
 * team has time to renew it; overdue once the day has passed. Archived teams are left out.
 */
export const teamCertificateDue: ReminderProvider = {
  source: 'teams.certificateDue',
  leadDays: CERT_LEAD_DAYS,
  list(db) {
    const tz = readSettings(db).timeZone;
    return stmt<
      [],
      { team_id: string; team: string; name: string; certificate: string; cert_expires_on: string }
    >(
      db,
      `SELECT m.team_id, t.name AS team, m.name, m.certificate, m.cert_expires_on
         FROM team_members m JOIN teams t ON t.id = m.team_id
        WHERE t.archived = 0 AND m.cert_expires_on IS NOT NULL
        ORDER BY m.cert_expires_on, t.name, m.position`,
    )
      .all()
      .map((m) => ({
        // Members are stored again with each edit of the team: the person and the certificate name the record.
        ref: `${m.team_id}/${m.name}/${m.certificate}`.slice(0, 200),
        cycle: m.cert_expires_on,
        params: { team: m.team, member: m.name, certificate: m.certificate },
        dueAt: endOfLocalDay(m.cert_expires_on, tz).toISOString(),
        link: { route: 'teams', parts: [], query: { team: m.team_id } },
      }));
  },
};
