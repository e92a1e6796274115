import type { ReleaseClockView, ReleaseContent } from '../../common/contract/releases';
import { isEditable, releaseClocks, STEP_FROM, type ReleaseStep } from '../../common/domain/releases';
import { newId } from '../auth/secrets';
import type { ReadDb } from '../db/handles';
import { stmt } from '../db/sql';
import { notBeforeByMinute } from '../clock';
import { DomainError } from '../errors';
import type { AreaHandlers, WriteCtx } from '../handler';
import { foldStateOf, incidentRow } from '../incidents/repo';
import { authorOf } from '../incidents/service';
import {
  addReleaseRuleVersion,
  appendReleaseEvent,
  contentHashOf,
  contentOfRow,
  currentReleaseRules,
  eventsOf,
  insertRelease,
  insertVersion,
  listTemplates,
  publishedOf,
  releaseByClientKey,
  releaseIds,
  releaseRow,
  releaseRuleVersions,
  releaseState,
  releaseView,
  templateRow,
  templateView,
  upsertTemplate,
  versionState,
  versionsOf,
} from './repo';
import type { ReleaseRow, ReleaseVersionRow, StepData } from './rows';

/** A time typed in (a phone answer logged after the call) may lag the clock, never lead it by more. */
const FUTURE_SLACK_MS = 5 * 60_000;

function held(db: ReadDb, id: string) {
  const r = releaseRow(db, id);
  if (!r) throw new DomainError('not_found', 'errors.release_missing');
  const versions = versionsOf(db, r.id);
  const events = eventsOf(db, r.id);
  if (releaseState(versions, events) === 'withdrawn')
    throw new DomainError('conflict', 'errors.release_withdrawn');
  return { r, versions, events, latest: versions.at(-1)! };
}

function viewOf(ctx: { db: ReadDb }, id: string) {
  return { release: releaseView(ctx.db, releaseRow(ctx.db, id)!) };
}

function addVersion(
  ctx: WriteCtx,
  r: ReleaseRow,
  n: number,
  content: ReleaseContent,
  correction: string | null,
): ReleaseVersionRow {
  const a = authorOf(ctx.actor);
  const clean: ReleaseContent = {
    title: content.title.trim(),
    facts: content.facts.trim(),
    measures: content.measures.trim(),
    advice: content.advice.trim(),
    channels: [...new Set(content.channels)],
  };
  const row: ReleaseVersionRow = {
    id: newId('rlv'),
    release_id: r.id,
    n,
    title: clean.title,
    facts: clean.facts,
    measures: clean.measures,
    advice: clean.advice,
    channels_json: JSON.stringify(clean.channels),
    content_hash: contentHashOf(clean),
    correction,
    created_at: ctx.nowIso(),
    author_id: a.id,
    author_name: a.name,
  };
  insertVersion(ctx.db, row);
  ctx.changed('releaseVersion', row.id, undefined, { release: r.id, n, correction, hash: row.content_hash });
  ctx.emit('releases.changed', [r.id]);
  return row;
}

/** The step's time: typed in (to the minute, see notBeforeByMinute) or now; never in the future, never before the step it follows. */
function stepTime(ctx: WriteCtx, at: string | undefined, after: string): string {
  const now = ctx.now();
  const iso = at ? new Date(at).toISOString() : now.toISOString();
  if (Date.parse(iso) > now.getTime() + FUTURE_SLACK_MS)
    throw new DomainError('invalid_input', 'errors.release_future');
  const taken = notBeforeByMinute(iso, after);
  if (!taken) throw new DomainError('invalid_input', 'errors.release_time_order', { at: after });
  return taken;
}

/** The version a step is taken on: it must be the latest, standing where the step may follow. */
function stepTarget(db: ReadDb, id: string, versionId: string, step: Exclude<ReleaseStep, 'withdraw'>) {
  const h = held(db, id);
  const v = h.versions.find((x) => x.id === versionId);
  if (!v) throw new DomainError('not_found', 'errors.release_version_missing');
  const latest = h.latest;
  if (v.id !== latest.id) {
    if (step === 'publish')
      throw new DomainError('conflict', 'errors.release_superseded', { n: v.n, latest: latest.n });
    throw new DomainError('conflict', 'errors.release_stale', { from: v.n, latest: latest.n });
  }
  const state = versionState(h.events, v.id);
  if (!STEP_FROM[step].includes(state)) {
    if (step === 'publish')
      throw new DomainError('conflict', 'errors.release_not_approved', { n: v.n, state });
    throw new DomainError('conflict', 'errors.release_step_order', { n: v.n, state, step });
  }
  const last = h.events.filter((e) => e.version_id === v.id).at(-1);
  return { ...h, v, after: last?.at ?? v.created_at };
}

function record(
  ctx: WriteCtx,
  r: ReleaseRow,
  versionId: string | null,
  step: ReleaseStep,
  at: string,
  hash: string | null,
  data: StepData,
): void {
  const a = authorOf(ctx.actor);
  appendReleaseEvent(ctx.db, {
    id: newId('rev'),
    release_id: r.id,
    version_id: versionId,
    step,
    content_hash: hash,
    at,
    author_id: a.id,
    author_name: a.name,
    data_json: JSON.stringify(data),
    created_at: ctx.nowIso(),
  });
  ctx.changed('releaseStep', r.id, undefined, { step, versionId, at, hash, ...data });
  ctx.emit('releases.changed', [r.id]);
}

/** The release clocks of one incident, as of now. */
function clocksOf(
  db: ReadDb,
  incidentId: string,
  now: Date,
  versions = releaseRuleVersions(db),
): ReleaseClockView[] {
  const inc = incidentRow(db, incidentId);
  const s = foldStateOf(db, incidentId);
  if (!inc || !s) return [];
  return releaseClocks(
    { receivedAt: inc.received_at, grades: s.grades, published: publishedOf(db, incidentId) },
    versions,
    now,
  ).map((c) => ({
    incidentId,
    incidentNumber: inc.number,
    incidentTitle: inc.title,
    drill: inc.drill_id !== null,
    ...c,
  }));
}

export const releaseHandlers: AreaHandlers<'releases'> = {
  'releases.list': {
    kind: 'read',
    run(input, ctx) {
      const ids = releaseIds(ctx.db, {
        incidentId: input.incidentId ?? null,
        includeDrills: input.includeDrills ?? false,
      });
      return { releases: ids.map((id) => releaseView(ctx.db, releaseRow(ctx.db, id)!)) };
    },
  },

  'releases.get': {
    kind: 'read',
    run(input, ctx) {
      const r = releaseRow(ctx.db, input.id);
      if (!r) throw new DomainError('not_found', 'errors.release_missing');
      return { release: releaseView(ctx.db, r) };
    },
  },

  'releases.clocks': {
    kind: 'read',
    run(input, ctx) {
      const now = ctx.now();
      if (input.incidentId) {
        if (!incidentRow(ctx.db, input.incidentId))
          throw new DomainError('not_found', 'errors.release_incident_missing');
        return { clocks: clocksOf(ctx.db, input.incidentId, now) };
      }
      const versions = releaseRuleVersions(ctx.db);
      const open = stmt<[number], { id: string }>(
        ctx.db,
        `SELECT id FROM incidents WHERE status IN ('pending','active') AND (? = 1 OR drill_id IS NULL)
          ORDER BY received_at`,
      ).all(input.includeDrills ? 1 : 0);
      const clocks = open.flatMap((i) => clocksOf(ctx.db, i.id, now, versions));
      return { clocks: clocks.sort((a, b) => a.dueAt.localeCompare(b.dueAt)) };
    },
  },

  'releases.draft': {
    kind: 'write',
    run(input, ctx) {
      const prior = releaseByClientKey(ctx.db, input.clientKey);
      if (prior) return { release: releaseView(ctx.db, prior), replayed: true };
      const inc = incidentRow(ctx.db, input.incidentId);
      if (!inc) throw new DomainError('not_found', 'errors.release_incident_missing');
      if (input.templateId) {
        const t = templateRow(ctx.db, input.templateId);
        if (!t || t.archived === 1) throw new DomainError('not_found', 'errors.release_template_missing');
      }
      const a = authorOf(ctx.actor);
      const r: ReleaseRow = {
        id: newId('rel'),
        incident_id: inc.id,
        kind: input.kind,
        template_id: input.templateId,
        // Under a drill's incident, the release is drill traffic too (演练).
        drill_id: inc.drill_id,
        client_key: input.clientKey,
        created_at: ctx.nowIso(),
        created_by_id: a.id,
        created_by_name: a.name,
      };
      insertRelease(ctx.db, r);
      ctx.changed('release', r.id, undefined, {
        incidentId: r.incident_id,
        kind: r.kind,
        templateId: r.template_id,
      });
      addVersion(ctx, r, 1, input.content, null);
      return { release: releaseView(ctx.db, r), replayed: false };
    },
  },

  'releases.revise': {
    kind: 'write',
    run(input, ctx) {
      const h = held(ctx.db, input.id);
      const state = versionState(h.events, h.latest.id);
      if (!isEditable(state)) throw new DomainError('conflict', 'errors.release_released');
      if (input.fromVersion !== h.latest.n)
        throw new DomainError('conflict', 'errors.release_stale', {
          from: input.fromVersion,
          latest: h.latest.n,
        });
      addVersion(ctx, h.r, h.latest.n + 1, input.content, null);
      return viewOf(ctx, h.r.id);
    },
  },

  'releases.review': {
    kind: 'write',
    run(input, ctx) {
      // The review is the leader's own act: enforced here, not only hidden on screen.
      const actor = ctx.actor;
      if (actor.kind === 'operator' && actor.role !== 'leader' && actor.role !== 'shift_chief')
        throw new DomainError('forbidden', 'errors.release_review_role');
      const t = stepTarget(ctx.db, input.id, input.versionId, 'review');
      const at = stepTime(ctx, undefined, t.after);
      record(ctx, t.r, t.v.id, 'review', at, t.v.content_hash, {
        who: authorOf(actor).name,
        post: input.post,
        comments: input.comments.trim(),
      });
      return viewOf(ctx, t.r.id);
    },
  },

  'releases.submit': {
    kind: 'write',
    run(input, ctx) {
      const t = stepTarget(ctx.db, input.id, input.versionId, 'submit');
      const at = stepTime(ctx, input.at, t.after);
      record(ctx, t.r, t.v.id, 'submit', at, t.v.content_hash, { who: authorOf(ctx.actor).name });
      return viewOf(ctx, t.r.id);
    },
  },

  'releases.approve': {
    kind: 'write',
    run(input, ctx) {
      const t = stepTarget(ctx.db, input.id, input.versionId, 'approve');
      if (input.contentHash !== t.v.content_hash || contentHashOf(contentOfRow(t.v)) !== t.v.content_hash)
        throw new DomainError('conflict', 'errors.release_approve_hash', { n: t.v.n });
      const at = stepTime(ctx, input.at, t.after);
      record(ctx, t.r, t.v.id, 'approve', at, t.v.content_hash, {
        who: input.approver.trim(),
        how: input.how,
        ref: input.ref.trim(),
        comments: input.comments.trim(),
      });
      return viewOf(ctx, t.r.id);
    },
  },

  'releases.return': {
    kind: 'write',
    run(input, ctx) {
      const t = stepTarget(ctx.db, input.id, input.versionId, 'return');
      const at = stepTime(ctx, input.at, t.after);
      record(ctx, t.r, t.v.id, 'return', at, t.v.content_hash, {
        who: input.approver.trim(),
        how: input.how,
        comments: input.comments.trim(),
      });
      return viewOf(ctx, t.r.id);
    },
  },

  'releases.publish': {
    kind: 'write',
    run(input, ctx) {
      const t = stepTarget(ctx.db, input.id, input.versionId, 'publish');
      // Released only as approved: the approval names a hash, and the text sent, the
      // stored version and the approval must all hash alike.
      const approval = t.events.find((e) => e.version_id === t.v.id && e.step === 'approve')!;
      const stored = contentHashOf(contentOfRow(t.v));
      if (
        input.contentHash !== approval.content_hash ||
        stored !== approval.content_hash ||
        t.v.content_hash !== approval.content_hash
      )
        throw new DomainError('conflict', 'errors.release_hash_mismatch', { n: t.v.n });
      const at = stepTime(ctx, input.at, t.after);
      record(ctx, t.r, t.v.id, 'publish', at, t.v.content_hash, {
        who: authorOf(ctx.actor).name,
        channels: [...new Set(input.channels)],
      });
      return viewOf(ctx, t.r.id);
    },
  },

  'releases.correct': {
    kind: 'write',
    run(input, ctx) {
      const h = held(ctx.db, input.id);
      if (versionState(h.events, h.latest.id) !== 'released')
        throw new DomainError('conflict', 'errors.release_not_released');
      addVersion(ctx, h.r, h.latest.n + 1, input.content, input.reason.trim());
      return viewOf(ctx, h.r.id);
    },
  },

  'releases.withdraw': {
    kind: 'write',
    run(input, ctx) {
      const h = held(ctx.db, input.id);
      record(ctx, h.r, null, 'withdraw', ctx.nowIso(), null, {
        who: authorOf(ctx.actor).name,
        comments: input.reason.trim(),
      });
      return viewOf(ctx, h.r.id);
    },
  },

  'releases.rules': {
    kind: 'read',
    run(_input, ctx) {
      const c = currentReleaseRules(ctx.db);
      return { rules: c.rules.rules, effectiveFrom: c.effectiveFrom };
    },
  },

  'releases.saveRules': {
    kind: 'write',
    run(input, ctx) {
      const seen = new Set<string>();
      for (const r of input.rules) {
        if (seen.has(r.grade)) throw new DomainError('invalid_input', 'errors.release_rules_duplicate');
        seen.add(r.grade);
        if (
          r.pressMinutes !== null &&
          r.authoritativeMinutes !== null &&
          r.pressMinutes < r.authoritativeMinutes
        )
          throw new DomainError('invalid_input', 'errors.release_press_before_authoritative');
      }
      const before = currentReleaseRules(ctx.db);
      const at = ctx.nowIso();
      addReleaseRuleVersion(ctx.db, { rules: input.rules }, at, authorOf(ctx.actor));
      ctx.changed('releaseRules', 'releases', before.rules, input);
      ctx.emit('releases.changed');
      return { rules: input.rules, effectiveFrom: at };
    },
  },

  'releases.templates': {
    kind: 'read',
    run(input, ctx) {
      return { templates: listTemplates(ctx.db, input.subtype ?? null).map(templateView) };
    },
  },

  'releases.saveTemplate': {
    kind: 'write',
    run(input, ctx) {
      const before = input.id ? templateRow(ctx.db, input.id) : undefined;
      if (input.id && !before) throw new DomainError('not_found', 'errors.release_template_missing');
      const row = {
        id: before?.id ?? newId('rtp'),
        subtype: input.subtype,
        kind: input.kind,
        name: input.name.trim(),
        facts: input.facts,
        measures: input.measures,
        advice: input.advice,
        approved_ref: input.approvedRef.trim(),
        archived: input.archived ? (1 as const) : (0 as const),
        updated_at: ctx.nowIso(),
      };
      upsertTemplate(ctx.db, row);
      ctx.changed('releaseTemplate', row.id, before, row);
      ctx.emit('releases.changed');
      return templateView(row);
    },
  },
};
