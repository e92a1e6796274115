import type { TeamBusy, TeamInput, TeamSpotCheckView, TeamView } from '../../common/contract/teams';
import { TEAM_KINDS, type DispatchState, type TeamKind } from '../../common/domain/teams';
import { newId } from '../auth/secrets';
import type { ReadDb, WriteDb } from '../db/handles';
import { stmt } from '../db/sql';
import { words } from '../../common/search-words';
import type { TeamMemberRow, TeamSpotCheckRow, TeamWithTown } from './rows';

const SELECT_TEAM = `SELECT t.*, tw.name AS town_name FROM teams t LEFT JOIN towns tw ON tw.code = t.town_code`;
// The register reads in TEAM_KINDS order (综合性消防救援 first, 红十字会 last), then by name.
const KIND_ORDER = `CASE t.kind ${TEAM_KINDS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ')} END`;

/** A team's live dispatch with the incident it is on. */
type BusyRow = {
  team_id: string;
  id: string;
  incident_id: string;
  state: DispatchState;
  updated_at: string;
  number: string;
  title: string;
  drill_id: string | null;
};

const SELECT_BUSY = `SELECT d.team_id, d.id, d.incident_id, d.state, d.updated_at, i.number, i.title, i.drill_id
  FROM dispatches d JOIN incidents i ON i.id = d.incident_id WHERE d.state <> 'returned'`;

const toBusy = (b: BusyRow): TeamBusy => ({
  dispatchId: b.id,
  incidentId: b.incident_id,
  incidentNumber: b.number,
  incidentTitle: b.title,
  state: b.state,
  since: b.updated_at,
  drill: b.drill_id !== null,
});

/** Every team out on a dispatch now, by team id. */
export function busyTeams(db: ReadDb): Map<string, TeamBusy> {
  return new Map(
    stmt<[], BusyRow>(db, SELECT_BUSY)
      .all()
      .map((b) => [b.team_id, toBusy(b)]),
  );
}

export function toSpotCheckView(r: TeamSpotCheckRow): TeamSpotCheckView {
  return {
    id: r.id,
    calledAt: r.called_at,
    answered: r.answered === 1,
    answerSeconds: r.answer_seconds,
    answeredBy: r.answered_by,
    notes: r.notes,
    recordedBy: r.author_name,
  };
}

function membersOf(db: ReadDb, teamId: string): TeamMemberRow[] {
  return stmt<[string], TeamMemberRow>(
    db,
    'SELECT * FROM team_members WHERE team_id = ? ORDER BY position',
  ).all(teamId);
}

function spotChecksOf(db: ReadDb, teamId: string): TeamSpotCheckRow[] {
  return stmt<[string], TeamSpotCheckRow>(
    db,
    'SELECT * FROM team_spot_checks WHERE team_id = ? ORDER BY called_at DESC, at DESC LIMIT 5',
  ).all(teamId);
}

export function toTeamView(db: ReadDb, r: TeamWithTown, busy: Map<string, TeamBusy>): TeamView {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    specialities: r.specialities,
    leader: r.leader,
    leaderPhone: r.leader_phone,
    dutyPhone: r.duty_phone,
    headcount: r.headcount,
    equipment: r.equipment,
    baseAddress: r.base_address,
    point: r.lon !== null && r.lat !== null ? [r.lon, r.lat] : null,
    townCode: r.town_code,
    townName: r.town_name,
    assemblyMinutes: r.assembly_minutes,
    notes: r.notes,
    members: membersOf(db, r.id).map((m) => ({
      id: m.id,
      name: m.name,
      role: m.role,
      phone: m.phone,
      certificate: m.certificate,
      certExpiresOn: m.cert_expires_on,
    })),
    archived: r.archived === 1,
    updatedAt: r.updated_at,
    busy: busy.get(r.id) ?? null,
    spotChecks: spotChecksOf(db, r.id).map(toSpotCheckView),
  };
}

export function teamRow(db: ReadDb, id: string): TeamWithTown | undefined {
  return stmt<[string], TeamWithTown>(db, `${SELECT_TEAM} WHERE t.id = ?`).get(id);
}

export function teamByName(db: ReadDb, name: string): TeamWithTown | undefined {
  return stmt<[string], TeamWithTown>(db, `${SELECT_TEAM} WHERE t.name = ?`).get(name);
}

export function teamView(db: ReadDb, id: string): TeamView {
  return toTeamView(db, teamRow(db, id)!, busyTeams(db));
}

/** What the form sends back for a stored team: the audit trail's "before". */
export function teamInputOf(db: ReadDb, r: TeamWithTown): TeamInput {
  const {
    id: _i,
    townName: _t,
    archived: _a,
    updatedAt: _u,
    busy: _b,
    spotChecks: _s,
    members,
    ...rest
  } = toTeamView(db, r, new Map());
  return { ...rest, members: members.map(({ id: _m, ...m }) => m) };
}

export function listTeams(
  db: ReadDb,
  f: { kind?: TeamKind; q?: string; includeArchived?: boolean } = {},
): TeamView[] {
  const rows = stmt<[{ kind: string | null; archived: number }], TeamWithTown>(
    db,
    `${SELECT_TEAM}
      WHERE (@archived = 1 OR t.archived = 0) AND (@kind IS NULL OR t.kind = @kind)
      ORDER BY t.archived, ${KIND_ORDER}, t.name`,
  ).all({ kind: f.kind ?? null, archived: f.includeArchived ? 1 : 0 });
  const ws = words(f.q);
  const hit = (r: TeamWithTown) => {
    const hay =
      `${r.name} ${r.specialities} ${r.leader} ${r.equipment} ${r.duty_phone} ${r.leader_phone} ${r.base_address} ${r.town_name ?? ''}`.toLowerCase();
    return ws.every((w) => hay.includes(w));
  };
  const busy = busyTeams(db);
  return (ws.length ? rows.filter(hit) : rows).map((r) => toTeamView(db, r, busy));
}

/** Current teams with a base on the map. */
export function locatedTeams(db: ReadDb): TeamWithTown[] {
  return stmt<[], TeamWithTown>(
    db,
    `${SELECT_TEAM} WHERE t.archived = 0 AND t.lon IS NOT NULL ORDER BY ${KIND_ORDER}, t.name`,
  ).all();
}

function columns(e: TeamInput) {
  return {
    name: e.name.trim(),
    kind: e.kind,
    specialities: e.specialities.trim(),
    leader: e.leader.trim(),
    leader_phone: e.leaderPhone.trim(),
    duty_phone: e.dutyPhone.trim(),
    headcount: e.headcount,
    equipment: e.equipment,
    base_address: e.baseAddress.trim(),
    lon: e.point?.[0] ?? null,
    lat: e.point?.[1] ?? null,
    town_code: e.townCode,
    assembly_minutes: e.assemblyMinutes,
    notes: e.notes,
  };
}

function replaceMembers(db: WriteDb, teamId: string, members: TeamInput['members']): void {
  stmt(db, 'DELETE FROM team_members WHERE team_id = ?').run(teamId);
  members.forEach((m, position) =>
    stmt(
      db,
      `INSERT INTO team_members (id, team_id, position, name, role, phone, certificate, cert_expires_on)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      newId('tmm'),
      teamId,
      position,
      m.name.trim(),
      m.role.trim(),
      m.phone.trim(),
      m.certificate.trim(),
      m.certExpiresOn,
    ),
  );
}

export function insertTeam(db: WriteDb, id: string, e: TeamInput, at: string): void {
  stmt(
    db,
    `INSERT INTO teams (id, name, kind, specialities, leader, leader_phone, duty_phone, headcount, equipment, base_address, lon, lat, town_code, assembly_minutes, notes, created_at, updated_at)
     VALUES (@id, @name, @kind, @specialities, @leader, @leader_phone, @duty_phone, @headcount, @equipment, @base_address, @lon, @lat, @town_code, @assembly_minutes, @notes, @at, @at)`,
  ).run({ id, at, ...columns(e) });
  replaceMembers(db, id, e.members);
}

export function updateTeam(db: WriteDb, id: string, e: TeamInput, at: string): void {
  stmt(
    db,
    `UPDATE teams SET name = @name, kind = @kind, specialities = @specialities, leader = @leader, leader_phone = @leader_phone,
       duty_phone = @duty_phone, headcount = @headcount, equipment = @equipment, base_address = @base_address, lon = @lon,
       lat = @lat, town_code = @town_code, assembly_minutes = @assembly_minutes, notes = @notes, updated_at = @at
     WHERE id = @id`,
  ).run({ id, at, ...columns(e) });
  replaceMembers(db, id, e.members);
}

export function setTeamArchived(db: WriteDb, id: string, archived: boolean, at: string): void {
  stmt(db, 'UPDATE teams SET archived = ?, updated_at = ? WHERE id = ?').run(archived ? 1 : 0, at, id);
}

export function insertSpotCheck(db: WriteDb, r: TeamSpotCheckRow): void {
  stmt(
    db,
    `INSERT INTO team_spot_checks (id, team_id, called_at, answered, answer_seconds, answered_by, notes, author_id, author_name, at)
     VALUES (@id, @team_id, @called_at, @answered, @answer_seconds, @answered_by, @notes, @author_id, @author_name, @at)`,
  ).run(r);
}

export function spotCheckRow(db: ReadDb, id: string): TeamSpotCheckRow | undefined {
  return stmt<[string], TeamSpotCheckRow>(db, 'SELECT * FROM team_spot_checks WHERE id = ?').get(id);
}
