import type {
  PlanInput,
  PlanSettings,
  PlanVersionView,
  PlanView,
  ResponseLevelDef,
  VersionInput,
} from '../../common/contract/plans';
import {
  PLAN_KINDS,
  isIssued,
  type PlanDomain,
  type PlanKind,
  type PlanStatus,
} from '../../common/domain/plans';
import { stmt } from '../db/sql';
import type { ReadDb, WriteDb } from '../db/handles';
import { words } from '../../common/search-words';
import { drillClock, evaluationClock, filingClock } from './clocks';
import type { PlanFileInfo, PlanRow, PlanStatusLogRow, PlanVersionRow } from './rows';

/** What views are computed against: the clocks' settings and the bureau's today. */
export interface ClockBasis {
  settings: PlanSettings;
  today: string;
}

// ---------------------------------------------------------------- plans

// The register lists kinds in PLAN_KINDS order (总体 first, supporting documents last).
const KIND_ORDER = `CASE kind ${PLAN_KINDS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ')} ELSE ${PLAN_KINDS.length} END`;

export function planRow(db: ReadDb, id: string): PlanRow | undefined {
  return stmt<[string], PlanRow>(db, 'SELECT * FROM plans WHERE id = ?').get(id);
}

export function planByName(db: ReadDb, name: string): PlanRow | undefined {
  return stmt<[string], PlanRow>(db, 'SELECT * FROM plans WHERE name = ?').get(name);
}

export function planInputOf(r: PlanRow): PlanInput {
  return {
    name: r.name,
    kind: r.kind,
    domain: r.domain,
    hazard: r.hazard,
    ownerUnit: r.owner_unit,
    level: r.level,
    lastDrilledOn: r.last_drilled_on,
    notes: r.notes,
  };
}

const planColumns = (p: PlanInput) => ({
  name: p.name.trim(),
  kind: p.kind,
  domain: p.domain,
  hazard: p.hazard.trim(),
  owner_unit: p.ownerUnit.trim(),
  level: p.level,
  last_drilled_on: p.lastDrilledOn,
  notes: p.notes,
});

export function insertPlan(db: WriteDb, id: string, p: PlanInput, at: string): void {
  stmt(
    db,
    `INSERT INTO plans (id, name, kind, domain, hazard, owner_unit, level, last_drilled_on, notes, archived, created_at, updated_at)
     VALUES (@id, @name, @kind, @domain, @hazard, @owner_unit, @level, @last_drilled_on, @notes, 0, @at, @at)`,
  ).run({ id, ...planColumns(p), at });
}

/** An edit of the register line; an import of a line that was archived brings it back. */
export function updatePlan(db: WriteDb, id: string, p: PlanInput, at: string, restore = false): void {
  stmt(
    db,
    `UPDATE plans SET name=@name, kind=@kind, domain=@domain, hazard=@hazard, owner_unit=@owner_unit, level=@level,
       last_drilled_on=@last_drilled_on, notes=@notes, updated_at=@at,
       archived = CASE WHEN @restore = 1 THEN 0 ELSE archived END
     WHERE id=@id`,
  ).run({ id, ...planColumns(p), at, restore: restore ? 1 : 0 });
}

export function setPlanArchived(db: WriteDb, id: string, archived: boolean, at: string): void {
  stmt(db, 'UPDATE plans SET archived = ?, updated_at = ? WHERE id = ?').run(archived ? 1 : 0, at, id);
}

// ---------------------------------------------------------------- versions

export function versionRow(db: ReadDb, id: string): PlanVersionRow | undefined {
  return stmt<[string], PlanVersionRow>(db, 'SELECT * FROM plan_versions WHERE id = ?').get(id);
}

/** A plan's versions, newest first. */
export function versionsOf(db: ReadDb, planId: string): PlanVersionRow[] {
  return stmt<[string], PlanVersionRow>(
    db,
    'SELECT * FROM plan_versions WHERE plan_id = ? ORDER BY created_at DESC, rowid DESC',
  ).all(planId);
}

export function versionByLabel(db: ReadDb, planId: string, label: string): PlanVersionRow | undefined {
  return stmt<[string, string], PlanVersionRow>(
    db,
    'SELECT * FROM plan_versions WHERE plan_id = ? AND label = ?',
  ).get(planId, label);
}

/** The version in force: the latest issued one not repealed; else the newest; undefined with none. */
export function currentOf(versions: readonly PlanVersionRow[]): PlanVersionRow | null {
  const issued = versions
    .filter((v) => isIssued(v.status))
    .sort(
      (a, b) =>
        (b.issued_on ?? '').localeCompare(a.issued_on ?? '') || b.created_at.localeCompare(a.created_at),
    );
  return issued[0] ?? versions[0] ?? null;
}

const versionColumns = (v: VersionInput) => ({
  label: v.label.trim(),
  doc_no: v.docNo.trim(),
  issuer: v.issuer.trim(),
  issued_on: v.issuedOn,
  filed_on: v.filedOn,
  evaluated_on: v.evaluatedOn,
  levels_json: JSON.stringify(v.levels),
  notes: v.notes,
});

export function versionInputOf(r: PlanVersionRow): VersionInput {
  return {
    label: r.label,
    docNo: r.doc_no,
    issuer: r.issuer,
    issuedOn: r.issued_on,
    filedOn: r.filed_on,
    evaluatedOn: r.evaluated_on,
    levels: JSON.parse(r.levels_json) as ResponseLevelDef[],
    notes: r.notes,
  };
}

export function insertVersion(
  db: WriteDb,
  id: string,
  planId: string,
  v: VersionInput,
  status: PlanStatus,
  at: string,
): void {
  stmt(
    db,
    `INSERT INTO plan_versions (id, plan_id, label, status, doc_no, issuer, issued_on, filed_on, evaluated_on, repealed_on, levels_json, notes, created_at, updated_at)
     VALUES (@id, @plan_id, @label, @status, @doc_no, @issuer, @issued_on, @filed_on, @evaluated_on, NULL, @levels_json, @notes, @at, @at)`,
  ).run({ id, plan_id: planId, status, ...versionColumns(v), at });
}

export function updateVersion(db: WriteDb, id: string, v: VersionInput, at: string): void {
  stmt(
    db,
    `UPDATE plan_versions SET label=@label, doc_no=@doc_no, issuer=@issuer, issued_on=@issued_on, filed_on=@filed_on,
       evaluated_on=@evaluated_on, levels_json=@levels_json, notes=@notes, updated_at=@at WHERE id=@id`,
  ).run({ id, ...versionColumns(v), at });
}

/** The status column and the date the status stands for (印发, 备案, 评估, 废止). */
export function writeStatus(db: WriteDb, id: string, status: PlanStatus, on: string, at: string): void {
  const dateCol = {
    issued: 'issued_on',
    filed: 'filed_on',
    evaluation: 'evaluated_on',
    repealed: 'repealed_on',
  }[status as string];
  stmt(
    db,
    `UPDATE plan_versions SET status = ?, updated_at = ?${dateCol ? `, ${dateCol} = ?` : ''} WHERE id = ?`,
  ).run(...(dateCol ? [status, at, on, id] : [status, at, id]));
}

export function appendStatusLog(db: WriteDb, e: Omit<PlanStatusLogRow, 'seq'>): void {
  stmt(
    db,
    `INSERT INTO plan_status_log (version_id, from_status, to_status, on_date, author_id, author_name, at)
     VALUES (@version_id, @from_status, @to_status, @on_date, @author_id, @author_name, @at)`,
  ).run(e);
}

export function statusLogOf(db: ReadDb, planId: string): PlanStatusLogRow[] {
  return stmt<[string], PlanStatusLogRow>(
    db,
    `SELECT l.* FROM plan_status_log l JOIN plan_versions v ON v.id = l.version_id WHERE v.plan_id = ? ORDER BY l.seq`,
  ).all(planId);
}

// ---------------------------------------------------------------- files

const FILE_INFO =
  'SELECT version_id, file_name, mime, size, sha256, uploaded_at, uploaded_by FROM plan_files';

export function fileInfoOf(db: ReadDb, versionId: string): PlanFileInfo | undefined {
  return stmt<[string], PlanFileInfo>(db, `${FILE_INFO} WHERE version_id = ?`).get(versionId);
}

function allFileInfo(db: ReadDb): Map<string, PlanFileInfo> {
  return new Map(
    stmt<[], PlanFileInfo>(db, FILE_INFO)
      .all()
      .map((f) => [f.version_id, f]),
  );
}

// ---------------------------------------------------------------- views

export function toVersionView(
  v: PlanVersionRow,
  file: PlanFileInfo | undefined,
  basis: ClockBasis,
): PlanVersionView {
  return {
    id: v.id,
    planId: v.plan_id,
    label: v.label,
    status: v.status,
    docNo: v.doc_no,
    issuer: v.issuer,
    issuedOn: v.issued_on,
    filedOn: v.filed_on,
    evaluatedOn: v.evaluated_on,
    repealedOn: v.repealed_on,
    levels: JSON.parse(v.levels_json) as ResponseLevelDef[],
    notes: v.notes,
    file: file
      ? {
          fileName: file.file_name,
          mime: file.mime,
          size: file.size,
          sha256: file.sha256,
          uploadedAt: file.uploaded_at,
          uploadedBy: file.uploaded_by,
        }
      : null,
    filing: filingClock(v, basis.settings, basis.today),
    createdAt: v.created_at,
    updatedAt: v.updated_at,
  };
}

function toPlanView(
  r: PlanRow,
  versions: readonly PlanVersionRow[],
  files: Map<string, PlanFileInfo>,
  basis: ClockBasis,
): PlanView {
  const current = currentOf(versions);
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    domain: r.domain,
    hazard: r.hazard,
    ownerUnit: r.owner_unit,
    level: r.level,
    lastDrilledOn: r.last_drilled_on,
    notes: r.notes,
    archived: r.archived === 1,
    current: current ? toVersionView(current, files.get(current.id), basis) : null,
    versionCount: versions.length,
    evaluation: evaluationClock(current, basis.settings, basis.today),
    drill: drillClock(r, current, basis.settings, basis.today),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function planView(db: ReadDb, id: string, basis: ClockBasis): PlanView | undefined {
  const r = planRow(db, id);
  if (!r) return undefined;
  const versions = versionsOf(db, id);
  const files = new Map<string, PlanFileInfo>();
  for (const v of versions) {
    const f = fileInfoOf(db, v.id);
    if (f) files.set(v.id, f);
  }
  return toPlanView(r, versions, files, basis);
}

export function listPlans(
  db: ReadDb,
  basis: ClockBasis,
  f: { kind?: PlanKind; domain?: PlanDomain; q?: string; includeArchived?: boolean } = {},
): PlanView[] {
  const rows = stmt<[{ kind: string | null; domain: string | null; archived: number }], PlanRow>(
    db,
    `SELECT * FROM plans
      WHERE (@archived = 1 OR archived = 0) AND (@kind IS NULL OR kind = @kind) AND (@domain IS NULL OR domain = @domain)
      ORDER BY archived, ${KIND_ORDER}, name`,
  ).all({ kind: f.kind ?? null, domain: f.domain ?? null, archived: f.includeArchived ? 1 : 0 });
  const byPlan = new Map<string, PlanVersionRow[]>();
  for (const v of stmt<[], PlanVersionRow>(
    db,
    'SELECT * FROM plan_versions ORDER BY created_at DESC, rowid DESC',
  ).all()) {
    let list = byPlan.get(v.plan_id);
    if (!list) byPlan.set(v.plan_id, (list = []));
    list.push(v);
  }
  const files = allFileInfo(db);
  const ws = words(f.q);
  const hit = (r: PlanRow) => {
    const docs = (byPlan.get(r.id) ?? []).map((v) => v.doc_no).join(' ');
    const hay = `${r.name} ${r.hazard} ${r.owner_unit} ${docs}`.toLowerCase();
    return ws.every((w) => hay.includes(w));
  };
  return (ws.length ? rows.filter(hit) : rows).map((r) =>
    toPlanView(r, byPlan.get(r.id) ?? [], files, basis),
  );
}
