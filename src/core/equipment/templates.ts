import type { Template } from '../../common/contract/equipment';
import {
  DEFAULT_TEMPLATES,
  EQUIPMENT_KINDS,
  type CheckItem,
  type EquipmentKind,
} from '../../common/domain/equipment';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import type { ReadDb, WriteDb } from '../db/handles';
import type { CheckTemplateRow } from './rows';

const SYSTEM_AUTHOR = '系统默认';

const toTemplate = (r: CheckTemplateRow): Template => ({
  kind: r.kind,
  version: r.version,
  items: JSON.parse(r.items_json) as CheckItem[],
  faultHours: r.fault_hours,
  createdAt: r.created_at,
  authorName: r.author_name,
});

/** The default of a kind as version 1, before anything is stored. */
function defaultTemplate(kind: EquipmentKind): Template {
  const d = DEFAULT_TEMPLATES[kind];
  return {
    kind,
    version: 1,
    items: d.items,
    faultHours: d.faultHours,
    createdAt: '',
    authorName: SYSTEM_AUTHOR,
  };
}

export function currentTemplate(db: ReadDb, kind: EquipmentKind): Template {
  const row = stmt<[string], CheckTemplateRow>(
    db,
    'SELECT * FROM check_templates WHERE kind = ? ORDER BY version DESC LIMIT 1',
  ).get(kind);
  return row ? toTemplate(row) : defaultTemplate(kind);
}

export function allCurrentTemplates(db: ReadDb): Template[] {
  return EQUIPMENT_KINDS.map((k) => currentTemplate(db, k));
}

/**
 * Stores the default as version 1 if the kind has no version yet, so checks can point
 * at a stored version. Called inside write transactions only.
 */
export function ensureTemplate(db: WriteDb, kind: EquipmentKind, at: string): Template {
  const t = currentTemplate(db, kind);
  if (t.createdAt === '') {
    stmt(
      db,
      `INSERT INTO check_templates (kind, version, items_json, fault_hours, created_at, author_id, author_name)
       VALUES (?, 1, ?, ?, ?, NULL, ?)`,
    ).run(kind, JSON.stringify(t.items), t.faultHours, at, SYSTEM_AUTHOR);
    return { ...t, createdAt: at };
  }
  return t;
}

/** Refuses templates a check could not be judged against. */
export function validateItems(items: CheckItem[]): void {
  const seen = new Set<string>();
  for (const it of items) {
    if (seen.has(it.key))
      throw new DomainError('invalid_input', 'errors.template_duplicate_key', { key: it.key });
    seen.add(it.key);
    if (it.type === 'number' && it.min !== null && it.max !== null && it.min > it.max)
      throw new DomainError('invalid_input', 'errors.template_bounds', { label: it.label });
    if (it.type === 'choice' && it.pass.some((p) => !it.options.includes(p)))
      throw new DomainError('invalid_input', 'errors.template_choice_pass', { label: it.label });
  }
}

/** A template edit is a new version; checks already made keep the items they were made against. */
export function saveTemplateVersion(
  db: WriteDb,
  kind: EquipmentKind,
  items: CheckItem[],
  faultHours: number,
  at: string,
  author: { id: string | null; name: string },
): Template {
  validateItems(items);
  const prev = ensureTemplate(db, kind, at);
  const version = prev.version + 1;
  stmt(
    db,
    `INSERT INTO check_templates (kind, version, items_json, fault_hours, created_at, author_id, author_name)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(kind, version, JSON.stringify(items), faultHours, at, author.id, author.name);
  return currentTemplate(db, kind);
}
