import type { EvaluationTemplate } from '../../common/contract/review';
import { DRILL_FORMS, type DrillForm } from '../../common/domain/drills';
import {
  DEFAULT_EVALUATION_TEMPLATES,
  DEFAULT_PARTLY_SHARE,
  type EvaluationItem,
} from '../../common/domain/review';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import type { ReadDb, WriteDb } from '../db/handles';
import type { EvaluationTemplateRow } from './rows';

// Built like the equipment check templates (src/core/equipment/templates.ts): the default
// is version 1 until something needs a stored version, and an edit is a new version, so
// an evaluation keeps the items it was scored against.
const SYSTEM_AUTHOR = '系统默认';

const toTemplate = (r: EvaluationTemplateRow): EvaluationTemplate => ({
  form: r.form,
  version: r.version,
  items: JSON.parse(r.items_json) as EvaluationItem[],
  partlyShare: r.partly_share,
  createdAt: r.created_at,
  authorName: r.author_name,
});

const defaultTemplate = (form: DrillForm): EvaluationTemplate => ({
  form,
  version: 1,
  items: DEFAULT_EVALUATION_TEMPLATES[form].map((i) => ({ ...i })),
  partlyShare: DEFAULT_PARTLY_SHARE,
  createdAt: '',
  authorName: SYSTEM_AUTHOR,
});

export function currentEvaluationTemplate(db: ReadDb, form: DrillForm): EvaluationTemplate {
  const row = stmt<[string], EvaluationTemplateRow>(
    db,
    'SELECT * FROM evaluation_templates WHERE form = ? ORDER BY version DESC LIMIT 1',
  ).get(form);
  return row ? toTemplate(row) : defaultTemplate(form);
}

export const allEvaluationTemplates = (db: ReadDb): EvaluationTemplate[] =>
  DRILL_FORMS.map((f) => currentEvaluationTemplate(db, f));

/** Stores the default as version 1 when the form has none yet; inside write transactions only. */
export function ensureEvaluationTemplate(db: WriteDb, form: DrillForm, at: string): EvaluationTemplate {
  const t = currentEvaluationTemplate(db, form);
  if (t.createdAt !== '') return t;
  insert(db, { ...t, createdAt: at }, null);
  return { ...t, createdAt: at };
}

function insert(db: WriteDb, t: EvaluationTemplate, authorId: string | null): void {
  stmt(
    db,
    `INSERT INTO evaluation_templates (form, version, items_json, partly_share, created_at, author_id, author_name)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(t.form, t.version, JSON.stringify(t.items), t.partlyShare, t.createdAt, authorId, t.authorName);
}

export function saveEvaluationTemplate(
  db: WriteDb,
  form: DrillForm,
  items: EvaluationItem[],
  partlyShare: number,
  at: string,
  author: { id: string | null; name: string },
): EvaluationTemplate {
  const seen = new Set<string>();
  for (const it of items) {
    if (seen.has(it.key))
      throw new DomainError('invalid_input', 'errors.evaluation_template_duplicate_key', { key: it.key });
    seen.add(it.key);
  }
  const prev = ensureEvaluationTemplate(db, form, at);
  const next = {
    form,
    version: prev.version + 1,
    items,
    partlyShare,
    createdAt: at,
    authorName: author.name,
  };
  insert(db, next, author.id);
  return next;
}
