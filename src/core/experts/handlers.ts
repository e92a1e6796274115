import type { ExpertInput } from '../../common/contract/experts';
import type { expertMethods } from '../../common/contract/experts';
import { newId } from '../auth/secrets';
import type { ReadDb } from '../db/handles';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import type { HandlersOf } from '../handler';
import { authorOf } from '../incidents/service';
import {
  consultationView,
  expertByNameUnit,
  expertInputOf,
  expertRow,
  insertConsultation,
  insertExpert,
  listConsultations,
  listExperts,
  setExpertArchived,
  toExpertView,
  updateExpert,
} from './repo';

function check(db: ReadDb, id: string | undefined, e: ExpertInput): void {
  if (e.termStart && e.termEnd && e.termStart > e.termEnd)
    throw new DomainError('invalid_input', 'errors.expert_term_order');
  if (![e.mobile, e.officePhone].some((p) => p.trim()))
    throw new DomainError('invalid_input', 'errors.expert_no_phone');
  const clash = expertByNameUnit(db, e.name.trim(), e.unit.trim());
  if (clash && clash.id !== id)
    throw new DomainError('conflict', 'errors.expert_taken', { name: e.name.trim(), unit: e.unit.trim() });
}

const exists = (db: ReadDb, sql: string, id: string) =>
  stmt<[string], unknown>(db, sql).get(id) !== undefined;

export const expertHandlers: HandlersOf<typeof expertMethods> = {
  'experts.list': { kind: 'read', run: (input, ctx) => listExperts(ctx.db, input) },

  'experts.upsert': {
    kind: 'write',
    run(input, ctx) {
      const { id, ...fields } = input;
      check(ctx.db, id, fields);
      const at = ctx.nowIso();
      let expertId = id;
      if (id) {
        const before = expertRow(ctx.db, id);
        if (!before) throw new DomainError('not_found', 'errors.expert_missing');
        updateExpert(ctx.db, id, fields, at);
        ctx.changed('expert', id, expertInputOf(before), fields);
      } else {
        expertId = newId('exp');
        insertExpert(ctx.db, expertId, fields, at);
        ctx.changed('expert', expertId, undefined, fields);
      }
      ctx.emit('experts.changed', [expertId!]);
      return toExpertView(expertRow(ctx.db, expertId!)!);
    },
  },

  'experts.archive': {
    kind: 'write',
    run(input, ctx) {
      const before = expertRow(ctx.db, input.id);
      if (!before) throw new DomainError('not_found', 'errors.expert_missing');
      setExpertArchived(ctx.db, input.id, input.archived, ctx.nowIso());
      ctx.changed('expert', input.id, { archived: before.archived === 1 }, { archived: input.archived });
      ctx.emit('experts.changed', [input.id]);
      return toExpertView(expertRow(ctx.db, input.id)!);
    },
  },

  'consultations.list': { kind: 'read', run: (input, ctx) => listConsultations(ctx.db, input) },

  'consultations.get': {
    kind: 'read',
    run(input, ctx) {
      const v = consultationView(ctx.db, input.id);
      if (!v) throw new DomainError('not_found', 'errors.consultation_missing');
      return v;
    },
  },

  'consultations.record': {
    kind: 'write',
    run(input, ctx) {
      const db = ctx.db;
      if (input.incidentId && !exists(db, 'SELECT 1 FROM incidents WHERE id = ?', input.incidentId))
        throw new DomainError('not_found', 'errors.incident_missing');
      if (input.planId && !exists(db, 'SELECT 1 FROM plans WHERE id = ?', input.planId))
        throw new DomainError('not_found', 'errors.plan_missing');
      // An unannounced drill not yet started is sealed: it cannot be named, so it "does not exist".
      if (
        input.drillId &&
        !exists(
          db,
          `SELECT 1 FROM drills WHERE id = ? AND NOT (state = 'planned' AND announce <> 'announced')`,
          input.drillId,
        )
      )
        throw new DomainError('not_found', 'errors.consultation_drill_missing');
      for (const p of input.participants)
        if (p.expertId && !expertRow(db, p.expertId))
          throw new DomainError('not_found', 'errors.expert_missing');
      const entryIds = [...new Set(input.followEntryIds)];
      for (const eid of entryIds) {
        const e = stmt<[string], { incident_id: string | null }>(
          db,
          'SELECT incident_id FROM entries WHERE id = ?',
        ).get(eid);
        if (!e || !input.incidentId || e.incident_id !== input.incidentId)
          throw new DomainError('invalid_input', 'errors.consultation_entry_foreign');
      }
      const author = authorOf(ctx.actor);
      const id = newId('cns');
      const row = {
        id,
        kind: input.kind,
        subject: input.subject.trim(),
        held_at: new Date(input.heldAt).toISOString(),
        place: input.place.trim(),
        host: input.host.trim(),
        incident_id: input.incidentId,
        plan_id: input.planId,
        drill_id: input.drillId,
        conclusions: input.conclusions,
        follow_up: input.followUp,
        follow_entry_ids_json: JSON.stringify(entryIds),
        author_id: author.id,
        author_name: author.name,
        recorded_at: ctx.nowIso(),
      };
      insertConsultation(
        db,
        row,
        input.participants.map((p, position) => ({
          consultation_id: id,
          position,
          expert_id: p.expertId,
          name: p.name.trim(),
          unit: p.unit.trim(),
          title: p.title.trim(),
          opinion: p.opinion,
        })),
      );
      ctx.changed('consultation', id, undefined, input);
      ctx.emit('consultations.changed', [id]);
      return consultationView(db, id)!;
    },
  },
};
