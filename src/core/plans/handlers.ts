import type { AreaHandlers, ReadCtx } from '../handler';
import { DomainError } from '../errors';
import { newId } from '../auth/secrets';
import { readSettings } from '../settings/repo';
import { localDate } from '../../common/time/zone';
import { canMoveStatus, isIssued } from '../../common/domain/plans';
import type { VersionInput } from '../../common/contract/plans';
import { authorOf } from '../incidents/service';
import type { ReadDb } from '../db/handles';
import { readPlanSettings, writePlanSettings } from './settings';
import { openRevision } from './revision';
import { documentMime, fileOf, joinParts, saveFile, storePart } from './files';
import {
  appendStatusLog,
  fileInfoOf,
  insertPlan,
  insertVersion,
  listPlans,
  planByName,
  planInputOf,
  planRow,
  planView,
  setPlanArchived,
  statusLogOf,
  toVersionView,
  updatePlan,
  updateVersion,
  versionByLabel,
  versionInputOf,
  versionRow,
  versionsOf,
  writeStatus,
  type ClockBasis,
} from './repo';

/** The clocks' settings and the bureau's today, for the views. */
export function basisOf(db: ReadDb, now: Date): ClockBasis {
  return { settings: readPlanSettings(db), today: localDate(now, readSettings(db).timeZone) };
}
const basis = (ctx: Pick<ReadCtx, 'db' | 'now'>) => basisOf(ctx.db, ctx.now());

function mustPlan(db: ReadDb, id: string) {
  const r = planRow(db, id);
  if (!r) throw new DomainError('not_found', 'errors.plan_missing');
  return r;
}

function mustVersion(db: ReadDb, id: string) {
  const r = versionRow(db, id);
  if (!r) throw new DomainError('not_found', 'errors.plan_version_missing');
  return r;
}

/** 备案 and 评估 happen after 印发, and no recorded date lies after today. */
function checkDates(v: Pick<VersionInput, 'issuedOn' | 'filedOn' | 'evaluatedOn'>, today: string) {
  for (const d of [v.issuedOn, v.filedOn, v.evaluatedOn])
    if (d !== null && d > today) throw new DomainError('invalid_input', 'errors.plan_date_future', { today });
  for (const [what, d] of [
    ['filed', v.filedOn],
    ['evaluated', v.evaluatedOn],
  ] as const)
    if (d !== null && v.issuedOn !== null && d < v.issuedOn)
      throw new DomainError('invalid_input', 'errors.plan_date_before_issue', {
        what: what === 'filed' ? 'filed' : 'evaluation',
        issued: v.issuedOn,
      });
}

export const planHandlers: AreaHandlers<'plans'> = {
  'plans.list': {
    kind: 'read',
    run: (input, ctx) => listPlans(ctx.db, basis(ctx), input),
  },

  'plans.get': {
    kind: 'read',
    run(input, ctx) {
      const b = basis(ctx);
      const plan = planView(ctx.db, input.id, b);
      if (!plan) throw new DomainError('not_found', 'errors.plan_missing');
      return {
        plan,
        versions: versionsOf(ctx.db, input.id).map((v) => toVersionView(v, fileInfoOf(ctx.db, v.id), b)),
        history: statusLogOf(ctx.db, input.id).map((l) => ({
          versionId: l.version_id,
          from: l.from_status,
          to: l.to_status,
          on: l.on_date,
          by: l.author_name,
          at: l.at,
        })),
      };
    },
  },

  'plans.upsert': {
    kind: 'write',
    run(input, ctx) {
      const { id, ...fields } = input;
      const clash = planByName(ctx.db, fields.name.trim());
      if (clash && clash.id !== id)
        throw new DomainError('conflict', 'errors.plan_name_taken', { name: fields.name.trim() });
      const at = ctx.nowIso();
      let planId = id;
      if (id) {
        const before = mustPlan(ctx.db, id);
        updatePlan(ctx.db, id, fields, at);
        ctx.changed('plan', id, planInputOf(before), fields);
      } else {
        planId = newId('pln');
        insertPlan(ctx.db, planId, fields, at);
        ctx.changed('plan', planId, undefined, fields);
      }
      ctx.emit('plans.changed', [planId!]);
      return planView(ctx.db, planId!, basis(ctx))!;
    },
  },

  'plans.archive': {
    kind: 'write',
    run(input, ctx) {
      const before = mustPlan(ctx.db, input.id);
      setPlanArchived(ctx.db, input.id, input.archived, ctx.nowIso());
      ctx.changed('plan', input.id, { archived: before.archived === 1 }, { archived: input.archived });
      ctx.emit('plans.changed', [input.id]);
      return planView(ctx.db, input.id, basis(ctx))!;
    },
  },

  'plans.saveVersion': {
    kind: 'write',
    run(input, ctx) {
      const { planId, id, ...fields } = input;
      mustPlan(ctx.db, planId);
      const b = basis(ctx);
      checkDates(fields, b.today);
      const clash = versionByLabel(ctx.db, planId, fields.label.trim());
      if (clash && clash.id !== id)
        throw new DomainError('conflict', 'errors.plan_version_label_taken', { label: fields.label.trim() });
      const at = ctx.nowIso();
      let versionId = id;
      if (id) {
        const before = mustVersion(ctx.db, id);
        if (before.plan_id !== planId) throw new DomainError('not_found', 'errors.plan_version_missing');
        if (before.status === 'repealed') throw new DomainError('conflict', 'errors.plan_version_repealed');
        updateVersion(ctx.db, id, fields, at);
        ctx.changed('planVersion', id, versionInputOf(before), fields);
      } else {
        versionId = newId('plv');
        insertVersion(ctx.db, versionId, planId, fields, 'drafting', at);
        const who = authorOf(ctx.actor);
        appendStatusLog(ctx.db, {
          version_id: versionId,
          from_status: null,
          to_status: 'drafting',
          on_date: b.today,
          author_id: who.id,
          author_name: who.name,
          at,
        });
        ctx.changed('planVersion', versionId, undefined, fields);
      }
      ctx.emit('plans.changed', [planId]);
      const v = versionRow(ctx.db, versionId!)!;
      return toVersionView(v, fileInfoOf(ctx.db, v.id), b);
    },
  },

  'plans.setStatus': {
    kind: 'write',
    run(input, ctx) {
      const v = mustVersion(ctx.db, input.versionId);
      const b = basis(ctx);
      if (!canMoveStatus(v.status, input.status))
        throw new DomainError('conflict', 'errors.plan_status_move', { from: v.status, to: input.status });
      // Past 印发 a version needs its issue date: 备案 counts from it.
      const issuedOn = input.status === 'issued' ? input.on : v.issued_on;
      if (input.status !== 'repealed' && isIssued(input.status) && input.status !== 'issued' && !issuedOn)
        throw new DomainError('invalid_input', 'errors.plan_status_needs_issue', { to: input.status });
      checkDates(
        {
          issuedOn,
          filedOn: input.status === 'filed' ? input.on : null,
          evaluatedOn: input.status === 'evaluation' ? input.on : null,
        },
        b.today,
      );
      const at = ctx.nowIso();
      writeStatus(ctx.db, v.id, input.status, input.on, at);
      const who = authorOf(ctx.actor);
      appendStatusLog(ctx.db, {
        version_id: v.id,
        from_status: v.status,
        to_status: input.status,
        on_date: input.on,
        author_id: who.id,
        author_name: who.name,
        at,
      });
      ctx.emit('plans.changed', [v.plan_id]);
      return toVersionView(versionRow(ctx.db, v.id)!, fileInfoOf(ctx.db, v.id), b);
    },
  },

  'plans.revise': {
    kind: 'write',
    run(input, ctx) {
      const b = basis(ctx);
      const { versionId, created } = openRevision(ctx.db, {
        planId: input.planId,
        reason: input.reason,
        actor: ctx.actor,
        today: b.today,
        at: ctx.nowIso(),
      });
      if (created) ctx.changed('planVersion', versionId, undefined, { revision: input.reason });
      ctx.emit('plans.changed', [input.planId]);
      return toVersionView(versionRow(ctx.db, versionId)!, fileInfoOf(ctx.db, versionId), b);
    },
  },

  'plans.uploadPart': {
    kind: 'write',
    run(input, ctx) {
      const bytes = storePart(
        ctx.db,
        input.uploadId,
        input.index,
        Buffer.from(input.base64, 'base64'),
        authorOf(ctx.actor).id,
        ctx.nowIso(),
      );
      return { bytes };
    },
  },

  'plans.attachFile': {
    kind: 'write',
    run(input, ctx) {
      const v = mustVersion(ctx.db, input.versionId);
      const content = joinParts(ctx.db, input.uploadId, input.parts);
      const fileName = input.fileName.trim();
      const mime = documentMime(fileName, content);
      const saved = saveFile(ctx.db, input.uploadId, {
        version_id: v.id,
        file_name: fileName,
        mime,
        content,
        uploaded_at: ctx.nowIso(),
        uploaded_by: authorOf(ctx.actor).name,
      });
      ctx.changed('planFile', v.id, undefined, { fileName, size: saved.size, sha256: saved.sha256 });
      ctx.emit('plans.changed', [v.plan_id]);
      return toVersionView(v, fileInfoOf(ctx.db, v.id), basis(ctx));
    },
  },

  'plans.file': {
    kind: 'read',
    run(input, ctx) {
      mustVersion(ctx.db, input.versionId);
      const f = fileOf(ctx.db, input.versionId);
      if (!f) throw new DomainError('not_found', 'errors.plan_file_missing');
      return { fileName: f.file_name, mime: f.mime, base64: f.content.toString('base64') };
    },
  },

  'plans.settings': {
    kind: 'read',
    run: (_input, ctx) => readPlanSettings(ctx.db),
  },

  'plans.updateSettings': {
    kind: 'write',
    run(input, ctx) {
      const before = readPlanSettings(ctx.db);
      const after = writePlanSettings(ctx.db, input);
      ctx.changed('planSettings', 'plans', before, after);
      ctx.emit('plans.changed');
      return after;
    },
  },
};
