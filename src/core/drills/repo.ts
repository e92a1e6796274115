import { stmt } from '../db/sql';
import type { ReadDb, WriteDb } from '../db/handles';
import type { CampaignDomainRow, CampaignRow, DrillEventRow, DrillInjectRow, DrillRow } from './rows';

// Plain SQL over the drill tables; who may see what is decided in views.ts.

export const campaignRows = (db: ReadDb) =>
  stmt<[], CampaignRow>(db, `SELECT * FROM drill_campaigns ORDER BY deadline DESC, created_at DESC`).all();

export const campaignRow = (db: ReadDb, id: string) =>
  stmt<[string], CampaignRow>(db, `SELECT * FROM drill_campaigns WHERE id = ?`).get(id);

export const domainRows = (db: ReadDb, campaignId: string) =>
  stmt<[string], CampaignDomainRow>(
    db,
    `SELECT * FROM drill_campaign_domains WHERE campaign_id = ? ORDER BY position, id`,
  ).all(campaignId);

export const domainRow = (db: ReadDb, id: string) =>
  stmt<[string], CampaignDomainRow>(db, `SELECT * FROM drill_campaign_domains WHERE id = ?`).get(id);

export function insertCampaign(db: WriteDb, r: CampaignRow): void {
  stmt(
    db,
    `INSERT INTO drill_campaigns (id, title, document_no, issued_by, deadline, requirements_json, notes, created_at, updated_at)
     VALUES (@id, @title, @document_no, @issued_by, @deadline, @requirements_json, @notes, @created_at, @updated_at)`,
  ).run(r);
}

export function updateCampaign(db: WriteDb, r: Omit<CampaignRow, 'created_at'>): void {
  stmt(
    db,
    `UPDATE drill_campaigns SET title = @title, document_no = @document_no, issued_by = @issued_by, deadline = @deadline,
       requirements_json = @requirements_json, notes = @notes, updated_at = @updated_at WHERE id = @id`,
  ).run(r);
}

export function upsertDomain(db: WriteDb, r: CampaignDomainRow): void {
  stmt(
    db,
    `INSERT INTO drill_campaign_domains (id, campaign_id, domain, name, lead_leader, lead_unit, position)
     VALUES (@id, @campaign_id, @domain, @name, @lead_leader, @lead_unit, @position)
     ON CONFLICT (id) DO UPDATE SET domain = excluded.domain, name = excluded.name, lead_leader = excluded.lead_leader,
       lead_unit = excluded.lead_unit, position = excluded.position`,
  ).run(r);
}

export const deleteDomain = (db: WriteDb, id: string) =>
  stmt(db, `DELETE FROM drill_campaign_domains WHERE id = ?`).run(id);

export const drillsInDomain = (db: ReadDb, domainId: string) =>
  (stmt(db, `SELECT count(*) AS n FROM drills WHERE domain_id = ?`).get(domainId) as { n: number }).n;

export const drillRows = (db: ReadDb, campaignId?: string | null) =>
  campaignId
    ? stmt<[string], DrillRow>(
        db,
        `SELECT * FROM drills WHERE campaign_id = ? ORDER BY coalesce(started_at, created_at) DESC`,
      ).all(campaignId)
    : stmt<[], DrillRow>(db, `SELECT * FROM drills ORDER BY coalesce(started_at, created_at) DESC`).all();

export const drillRow = (db: ReadDb, id: string) =>
  stmt<[string], DrillRow>(db, `SELECT * FROM drills WHERE id = ?`).get(id);

export function insertDrill(db: WriteDb, r: DrillRow): void {
  stmt(
    db,
    `INSERT INTO drills (id, number, campaign_id, domain_id, title, form, content, purpose, announce, state, scheduled_at,
       place, scenario, plan_ids_json, units_json, started_at, ended_at, created_at, updated_at)
     VALUES (@id, @number, @campaign_id, @domain_id, @title, @form, @content, @purpose, @announce, @state, @scheduled_at,
       @place, @scenario, @plan_ids_json, @units_json, @started_at, @ended_at, @created_at, @updated_at)`,
  ).run(r);
}

export function updateDrill(db: WriteDb, r: DrillRow): void {
  stmt(
    db,
    `UPDATE drills SET campaign_id = @campaign_id, domain_id = @domain_id, title = @title, form = @form, content = @content,
       purpose = @purpose, announce = @announce, state = @state, scheduled_at = @scheduled_at, place = @place,
       scenario = @scenario, plan_ids_json = @plan_ids_json, units_json = @units_json, started_at = @started_at,
       ended_at = @ended_at, updated_at = @updated_at WHERE id = @id`,
  ).run(r);
}

/** The next number of the year, 演练 YL-2026-007. */
export function nextDrillNumber(db: ReadDb, year: string): string {
  const prefix = `YL-${year}-`;
  const row = stmt(db, `SELECT max(number) AS last FROM drills WHERE number LIKE ?`).get(`${prefix}%`) as {
    last: string | null;
  };
  const n = row.last ? Number(row.last.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(n).padStart(3, '0')}`;
}

export const controllerIds = (db: ReadDb, drillId: string) =>
  (
    stmt(db, `SELECT operator_id FROM drill_controllers WHERE drill_id = ? ORDER BY operator_id`).all(
      drillId,
    ) as {
      operator_id: string;
    }[]
  ).map((r) => r.operator_id);

export const controllersWithNames = (db: ReadDb, drillId: string) =>
  stmt<[string], { id: string; name: string }>(
    db,
    `SELECT o.id, o.name FROM drill_controllers c JOIN operators o ON o.id = c.operator_id
     WHERE c.drill_id = ? ORDER BY o.name, o.id`,
  ).all(drillId);

export function setControllers(db: WriteDb, drillId: string, ids: readonly string[]): void {
  stmt(db, `DELETE FROM drill_controllers WHERE drill_id = ?`).run(drillId);
  for (const op of ids)
    stmt(db, `INSERT INTO drill_controllers (drill_id, operator_id) VALUES (?, ?)`).run(drillId, op);
}

export const injectRows = (db: ReadDb, drillId: string) =>
  stmt<[string], DrillInjectRow>(
    db,
    `SELECT * FROM drill_injects WHERE drill_id = ? ORDER BY position, id`,
  ).all(drillId);

export const eventRows = (db: ReadDb, drillId: string) =>
  stmt<[string], DrillEventRow>(db, `SELECT * FROM drill_events WHERE drill_id = ? ORDER BY seq`).all(
    drillId,
  );

export function appendDrillEvent(db: WriteDb, r: Omit<DrillEventRow, 'seq'>): void {
  stmt(
    db,
    `INSERT INTO drill_events (drill_id, kind, at, author_id, author_name, data_json)
     VALUES (@drill_id, @kind, @at, @author_id, @author_name, @data_json)`,
  ).run(r);
}

/** Replaces the script's injects not sent yet; what was sent stays as it went out. */
export function replaceScript(
  db: WriteDb,
  drillId: string,
  script: readonly { offsetMinutes: number; text: string }[],
  at: string,
  newId: () => string,
): void {
  stmt(db, `DELETE FROM drill_injects WHERE drill_id = ? AND sent_at IS NULL`).run(drillId);
  script.forEach((s, i) =>
    insertInject(db, {
      id: newId(),
      drill_id: drillId,
      position: i + 1,
      offset_minutes: s.offsetMinutes,
      text: s.text.trim(),
      sent_at: null,
      sent_by: null,
      created_at: at,
    }),
  );
}

export function insertInject(db: WriteDb, r: DrillInjectRow): void {
  stmt(
    db,
    `INSERT INTO drill_injects (id, drill_id, position, offset_minutes, text, sent_at, sent_by, created_at)
     VALUES (@id, @drill_id, @position, @offset_minutes, @text, @sent_at, @sent_by, @created_at)`,
  ).run(r);
}

/** `by` null: it went out by itself at its minute. */
export const markInjectSent = (db: WriteDb, id: string, at: string, by: string | null) =>
  stmt(db, `UPDATE drill_injects SET sent_at = ?, sent_by = ? WHERE id = ?`).run(at, by, id);
