import type { HandlersOf } from '../handler';
import type { assessmentMethods } from '../../common/contract/assessment';
import { exportFileName, fileStamp, XLSX_MIME } from '../exports/files';
import { readSettings } from '../settings/repo';
import { amendBulletin, bulletinView, issueBulletin, listBulletins, saveDraft } from './bulletins';
import { computeAssessment } from './compute';
import { bulletinXlsx } from './export';
import { listFindings, recordFinding } from './findings';
import { addSchemeVersion, schemeAt, schemeRows } from './schemes';

export const assessmentHandlers: HandlersOf<typeof assessmentMethods> = {
  'assessment.schemes': {
    kind: 'read',
    run(_input, ctx) {
      const rows = schemeRows(ctx.db);
      const current = schemeAt(ctx.db, ctx.nowIso());
      return {
        scheme: current.scheme,
        version: current.version,
        effectiveFrom: rows.find((r) => r.version === current.version)?.effective_from ?? null,
        history: rows.map((r) => ({
          version: r.version,
          effectiveFrom: r.effective_from,
          authorName: r.author_name ?? '',
        })),
      };
    },
  },
  'assessment.setScheme': {
    kind: 'write',
    run(input, ctx) {
      const before = schemeAt(ctx.db, ctx.nowIso());
      const at = ctx.nowIso();
      const actor = ctx.actor;
      const version = addSchemeVersion(ctx.db, input.scheme, at, {
        id: actor.kind === 'operator' ? actor.operatorId : null,
        name: actor.kind === 'operator' ? actor.name : null,
      });
      ctx.changed('assessmentScheme', String(version), before.scheme, input.scheme);
      ctx.emit('assessment.changed');
      return { version, effectiveFrom: at };
    },
  },
  'assessment.compute': {
    kind: 'read',
    run(input, ctx) {
      return computeAssessment(ctx.db, input.period, ctx.now());
    },
  },
  'findings.record': {
    kind: 'write',
    recordedBy: 'entries',
    run(input, ctx) {
      return recordFinding(ctx, input);
    },
  },
  'findings.list': {
    kind: 'read',
    run(input, ctx) {
      return { items: listFindings(ctx.db, input.period) };
    },
  },
  'bulletins.list': {
    kind: 'read',
    run(_input, ctx) {
      return { items: listBulletins(ctx.db) };
    },
  },
  'bulletins.get': {
    kind: 'read',
    run(input, ctx) {
      return bulletinView(ctx.db, input.id, ctx.now());
    },
  },
  'bulletins.draft': {
    kind: 'write',
    run(input, ctx) {
      const id = saveDraft(ctx, input);
      ctx.emit('assessment.changed', [id]);
      return bulletinView(ctx.db, id, ctx.now());
    },
  },
  'bulletins.issue': {
    kind: 'write',
    run(input, ctx) {
      issueBulletin(ctx, input.id);
      ctx.emit('assessment.changed', [input.id]);
      return bulletinView(ctx.db, input.id, ctx.now());
    },
  },
  'bulletins.amend': {
    kind: 'write',
    run(input, ctx) {
      amendBulletin(ctx, input.id, input.text);
      ctx.emit('assessment.changed', [input.id]);
      return bulletinView(ctx.db, input.id, ctx.now());
    },
  },
  'bulletins.export': {
    kind: 'task',
    async run(input, ctx) {
      const db = ctx.services.database.current().read;
      const b = bulletinView(db, input.id, ctx.now());
      const locale = ctx.locale();
      const tz = readSettings(db).timeZone;
      const buf = await bulletinXlsx(b, locale, tz);
      return {
        fileName: exportFileName(locale, 'exportFile.bulletin', [b.period, fileStamp(ctx.now(), tz)], 'xlsx'),
        mime: XLSX_MIME,
        base64: buf.toString('base64'),
      };
    },
  },
};
