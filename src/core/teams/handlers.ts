import type { TeamInput } from '../../common/contract/teams';
import type { teamMethods } from '../../common/contract/teams';
import { distanceM, type LonLat } from '../../common/geo/distance';
import type { HandlersOf } from '../handler';
import type { ReadDb } from '../db/handles';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import { newId } from '../auth/secrets';
import { checkTown } from '../facilities/repo';
import { assertNotFuture, authorOf } from '../incidents/service';
import {
  busyTeams,
  insertSpotCheck,
  insertTeam,
  listTeams,
  locatedTeams,
  setTeamArchived,
  spotCheckRow,
  teamByName,
  teamInputOf,
  teamRow,
  teamView,
  toSpotCheckView,
  updateTeam,
} from './repo';

/** What a team must have before it is stored: a duty phone, a town that exists, a name of its own. */
function check(db: ReadDb, id: string | undefined, e: TeamInput): void {
  checkTown(db, e.townCode);
  if (!e.dutyPhone.trim()) throw new DomainError('invalid_input', 'errors.team_no_duty_phone');
  const clash = teamByName(db, e.name.trim());
  if (clash && clash.id !== id)
    throw new DomainError('conflict', 'errors.team_taken', { name: e.name.trim() });
}

/** Where 周边分析 is centred: the incident's point, or the one given. */
export function centreOf(db: ReadDb, input: { incidentId?: string; point?: LonLat }): LonLat {
  if (!input.incidentId) return input.point!;
  const r = stmt<[string], { number: string; lon: number | null; lat: number | null }>(
    db,
    'SELECT number, lon, lat FROM incidents WHERE id = ?',
  ).get(input.incidentId);
  if (!r) throw new DomainError('not_found', 'errors.incident_missing');
  if (r.lon === null || r.lat === null)
    throw new DomainError('invalid_input', 'errors.incident_no_point', { number: r.number });
  return [r.lon, r.lat];
}

export const teamHandlers: HandlersOf<typeof teamMethods> = {
  'teams.list': { kind: 'read', run: (input, ctx) => listTeams(ctx.db, input) },

  'teams.upsert': {
    kind: 'write',
    run(input, ctx) {
      const { id, ...fields } = input;
      check(ctx.db, id, fields);
      const at = ctx.nowIso();
      let teamId = id;
      if (id) {
        const before = teamRow(ctx.db, id);
        if (!before) throw new DomainError('not_found', 'errors.team_missing');
        const was = teamInputOf(ctx.db, before);
        updateTeam(ctx.db, id, fields, at);
        ctx.changed('team', id, was, fields);
      } else {
        teamId = newId('tem');
        insertTeam(ctx.db, teamId, fields, at);
        ctx.changed('team', teamId, undefined, fields);
      }
      ctx.emit('teams.changed', [teamId!]);
      return teamView(ctx.db, teamId!);
    },
  },

  'teams.archive': {
    kind: 'write',
    run(input, ctx) {
      const before = teamRow(ctx.db, input.id);
      if (!before) throw new DomainError('not_found', 'errors.team_missing');
      // A team out on an incident stays on the register until it is back.
      if (input.archived && busyTeams(ctx.db).has(input.id))
        throw new DomainError('conflict', 'errors.team_busy_archive', { name: before.name });
      setTeamArchived(ctx.db, input.id, input.archived, ctx.nowIso());
      ctx.changed('team', input.id, { archived: before.archived === 1 }, { archived: input.archived });
      ctx.emit('teams.changed', [input.id]);
      return teamView(ctx.db, input.id);
    },
  },

  'teams.nearest': {
    kind: 'read',
    run(input, ctx) {
      const centre = centreOf(ctx.db, input);
      const busy = busyTeams(ctx.db);
      return locatedTeams(ctx.db)
        .map((t) => {
          const point: LonLat = [t.lon!, t.lat!];
          return {
            id: t.id,
            name: t.name,
            kind: t.kind,
            headcount: t.headcount,
            leader: t.leader,
            dutyPhone: t.duty_phone,
            assemblyMinutes: t.assembly_minutes,
            specialities: t.specialities,
            point,
            distanceM: Math.round(distanceM(centre, point)),
            busy: busy.get(t.id) ?? null,
          };
        })
        .sort((a, b) => a.distanceM - b.distanceM || a.name.localeCompare(b.name))
        .slice(0, input.limit ?? 5);
    },
  },

  'teams.spotCheck': {
    kind: 'write',
    run(input, ctx) {
      const team = teamRow(ctx.db, input.teamId);
      if (!team || team.archived === 1) throw new DomainError('not_found', 'errors.team_missing');
      const calledAt = input.calledAt ? new Date(input.calledAt).toISOString() : ctx.nowIso();
      assertNotFuture(calledAt, ctx.now(), 'check');
      if (input.answered && input.answerSeconds === null)
        throw new DomainError('invalid_input', 'errors.team_spot_seconds');
      const author = authorOf(ctx.actor);
      const row = {
        id: newId('tsc'),
        team_id: team.id,
        called_at: calledAt,
        answered: input.answered ? (1 as const) : (0 as const),
        // Nobody answered: there is no answer time to keep.
        answer_seconds: input.answered ? input.answerSeconds : null,
        answered_by: input.answered ? input.answeredBy.trim() : '',
        notes: input.notes,
        author_id: author.id,
        author_name: author.name,
        at: ctx.nowIso(),
      };
      insertSpotCheck(ctx.db, row);
      ctx.changed('teamSpotCheck', row.id, undefined, row);
      ctx.emit('teams.changed', [team.id]);
      return toSpotCheckView(spotCheckRow(ctx.db, row.id)!);
    },
  },
};
