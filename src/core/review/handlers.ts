import type { reviewArea } from '../../common/areas/review';
import { localDate } from '../../common/time/zone';
import type { HandlersOf, ReadCtx } from '../handler';
import type { ReadDb } from '../db/handles';
import { readSettings } from '../settings/repo';
import { authorOf } from '../incidents/service';
import { addObservation, evaluationView, saveEvaluation, submitEvaluation } from './evaluations';
import {
  closeRectification,
  openRectification,
  rectificationViews,
  updateRectification,
} from './rectifications';
import { campaignSummary, evaluationList } from './summary';
import { allEvaluationTemplates, saveEvaluationTemplate } from './templates';
import { openPlanRevision } from './plan-link';

/** Today in the bureau's zone: 整改 due dates are whole local days. */
export const todayOf = (db: ReadDb, now: Date): string => localDate(now, readSettings(db).timeZone);
const today = (ctx: Pick<ReadCtx, 'db' | 'now'>) => todayOf(ctx.db, ctx.now());

const oneRectification = (ctx: Pick<ReadCtx, 'db' | 'now'>, id: string) =>
  rectificationViews(ctx.db, { ids: [id] }, today(ctx))[0]!;

export const reviewHandlers: HandlersOf<typeof reviewArea.methods> = {
  'evaluationTemplates.list': { kind: 'read', run: (_input, ctx) => allEvaluationTemplates(ctx.db) },

  'evaluationTemplates.update': {
    kind: 'write',
    run(input, ctx) {
      const t = saveEvaluationTemplate(
        ctx.db,
        input.form,
        input.items,
        input.partlyShare,
        ctx.nowIso(),
        authorOf(ctx.actor),
      );
      ctx.changed('evaluationTemplate', `${t.form}@${t.version}`, undefined, input);
      ctx.emit('evaluations.changed');
      return t;
    },
  },

  'evaluations.list': {
    kind: 'read',
    run: (input, ctx) => evaluationList(ctx.db, today(ctx), input.campaignId),
  },

  'evaluations.get': { kind: 'read', run: (input, ctx) => evaluationView(ctx.db, input.drillId, today(ctx)) },

  'evaluations.save': {
    kind: 'write',
    run(input, ctx) {
      saveEvaluation(ctx, input);
      return evaluationView(ctx.db, input.drillId, today(ctx));
    },
  },

  'evaluations.submit': {
    kind: 'write',
    run(input, ctx) {
      submitEvaluation(ctx, input.drillId);
      return evaluationView(ctx.db, input.drillId, today(ctx));
    },
  },

  'evaluations.observe': { kind: 'write', run: (input, ctx) => addObservation(ctx, input) },

  'evaluations.summary': {
    kind: 'read',
    run: (input, ctx) => campaignSummary(ctx.db, input.campaignId, today(ctx)),
  },

  'rectifications.list': {
    kind: 'read',
    run: (input, ctx) => rectificationViews(ctx.db, input, today(ctx)),
  },

  'rectifications.open': {
    kind: 'write',
    run(input, ctx) {
      const id = openRectification(ctx, input, (planId, reason) =>
        openPlanRevision(ctx.db, ctx.actor, planId, reason, ctx.nowIso()),
      );
      return oneRectification(ctx, id);
    },
  },

  'rectifications.update': {
    kind: 'write',
    run: (input, ctx) => oneRectification(ctx, updateRectification(ctx, input)),
  },

  'rectifications.close': {
    kind: 'write',
    run: (input, ctx) => oneRectification(ctx, closeRectification(ctx, input)),
  },
};
