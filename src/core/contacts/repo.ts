import type { ContactInput, ContactView } from '../../common/contract/contacts';
import { CONTACT_CATEGORIES, contactSearchTexts, type ContactCategory } from '../../common/domain/contacts';
import { matchesWords, words } from '../../common/search-words';
import type { ReadDb, WriteDb } from '../db/handles';
import { stmt } from '../db/sql';
import type { ContactWithTown } from './rows';

const SELECT_CONTACT = `SELECT c.*, t.name AS town_name FROM contacts c LEFT JOIN towns t ON t.code = c.town_code`;
// The register reads in the order a duty room dials: superiors first, villages and enterprises last.
const CATEGORY_ORDER = `CASE c.category ${CONTACT_CATEGORIES.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ')} END`;

export function toContactView(r: ContactWithTown): ContactView {
  return {
    id: r.id,
    category: r.category,
    unit: r.unit,
    person: r.person,
    post: r.post,
    dutyPhone: r.duty_phone,
    mobile: r.mobile,
    officePhone: r.office_phone,
    townCode: r.town_code,
    townName: r.town_name,
    callList: r.call_list === 1,
    notes: r.notes,
    reviewedOn: r.reviewed_on,
    archived: r.archived === 1,
    updatedAt: r.updated_at,
  };
}

export function contactInputOf(r: ContactWithTown): ContactInput {
  const { id: _id, townName: _t, archived: _a, updatedAt: _u, ...input } = toContactView(r);
  return input;
}

export function contactRow(db: ReadDb, id: string): ContactWithTown | undefined {
  return stmt<[string], ContactWithTown>(db, `${SELECT_CONTACT} WHERE c.id = ?`).get(id);
}

export function contactByUnitPerson(db: ReadDb, unit: string, person: string): ContactWithTown | undefined {
  return stmt<[string, string], ContactWithTown>(
    db,
    `${SELECT_CONTACT} WHERE c.unit = ? AND c.person = ?`,
  ).get(unit, person);
}

export function listContacts(
  db: ReadDb,
  f: { category?: ContactCategory; q?: string; includeArchived?: boolean } = {},
): ContactView[] {
  const rows = stmt<[{ category: string | null; archived: number }], ContactWithTown>(
    db,
    `${SELECT_CONTACT}
      WHERE (@archived = 1 OR c.archived = 0) AND (@category IS NULL OR c.category = @category)
      ORDER BY c.archived, ${CATEGORY_ORDER}, c.town_code, c.unit, c.person`,
  ).all({ category: f.category ?? null, archived: f.includeArchived ? 1 : 0 });
  const ws = words(f.q);
  return rows.map(toContactView).filter((c) => matchesWords(ws, contactSearchTexts(c)));
}

function columns(e: ContactInput) {
  return {
    category: e.category,
    unit: e.unit.trim(),
    person: e.person.trim(),
    post: e.post.trim(),
    duty_phone: e.dutyPhone.trim(),
    mobile: e.mobile.trim(),
    office_phone: e.officePhone.trim(),
    town_code: e.townCode,
    call_list: e.callList ? 1 : 0,
    notes: e.notes,
    reviewed_on: e.reviewedOn,
  };
}

export function insertContact(db: WriteDb, id: string, e: ContactInput, at: string): void {
  stmt(
    db,
    `INSERT INTO contacts (id, category, unit, person, post, duty_phone, mobile, office_phone, town_code, call_list, notes, reviewed_on, created_at, updated_at)
     VALUES (@id, @category, @unit, @person, @post, @duty_phone, @mobile, @office_phone, @town_code, @call_list, @notes, @reviewed_on, @at, @at)`,
  ).run({ id, at, ...columns(e) });
}

export function updateContact(db: WriteDb, id: string, e: ContactInput, at: string): void {
  stmt(
    db,
    `UPDATE contacts SET category = @category, unit = @unit, person = @person, post = @post, duty_phone = @duty_phone,
       mobile = @mobile, office_phone = @office_phone, town_code = @town_code, call_list = @call_list, notes = @notes,
       reviewed_on = @reviewed_on, updated_at = @at WHERE id = @id`,
  ).run({ id, at, ...columns(e) });
}

export function setContactArchived(db: WriteDb, id: string, archived: boolean, at: string): void {
  stmt(db, 'UPDATE contacts SET archived = ?, updated_at = ? WHERE id = ?').run(archived ? 1 : 0, at, id);
}

export function markReviewed(db: WriteDb, id: string, on: string, at: string): boolean {
  return (
    stmt(db, 'UPDATE contacts SET reviewed_on = ?, updated_at = ? WHERE id = ? AND archived = 0').run(
      on,
      at,
      id,
    ).changes === 1
  );
}
