import type { DrillInput } from '../../common/contract/drills';
import type { AreaHandlers } from '../handler';
import { DomainError } from '../errors';
import { campaignRow } from './repo';
import { campaignView, listCampaigns, saveCampaign } from './campaigns';
import { controlledDrill, saveDrill, setDrillState } from './service';
import { drillRow, drillRows } from './repo';
import { drillView } from './views';
import { sendInject } from './injects';
import { drillTimeline } from './timeline';
import type { DrillRow } from './rows';

// The audit trail is read by administrators: a drill's date, place and scenario stay
// out of it (they are in the drill's own row, read through drillView's rules).
const SEALED_FIELDS = ['scheduledAt', 'place', 'scenario', 'title', 'units', 'script'] as const;
const withoutSealed = (input: DrillInput) => {
  const out: Record<string, unknown> = { ...input };
  for (const f of SEALED_FIELDS) delete out[f];
  return out;
};
const auditRow = (r: DrillRow | null) =>
  r && { id: r.id, number: r.number, state: r.state, announce: r.announce, campaign_id: r.campaign_id };

export const drillsHandlers: AreaHandlers<'drills'> = {
  'drills.campaigns': {
    kind: 'read',
    run: (_input, ctx) => ({ campaigns: listCampaigns(ctx.db, ctx.now()) }),
  },

  'drills.saveCampaign': {
    kind: 'write',
    run(input, ctx) {
      const { id, before } = saveCampaign(ctx.db, input, ctx.nowIso());
      const view = campaignView(ctx.db, campaignRow(ctx.db, id)!, ctx.now());
      ctx.changed('drill_campaign', id, before, input);
      ctx.emit('drills.changed', [id]);
      return view;
    },
  },

  'drills.list': {
    kind: 'read',
    run: (input, ctx) => ({
      drills: drillRows(ctx.db, input.campaignId).map((r) => drillView(ctx.db, ctx.actor, r)),
    }),
  },

  'drills.get': {
    kind: 'read',
    run(input, ctx) {
      const row = drillRow(ctx.db, input.id);
      if (!row) throw new DomainError('not_found', 'errors.drill_missing');
      return drillView(ctx.db, ctx.actor, row);
    },
  },

  'drills.save': {
    kind: 'write',
    auditInput: withoutSealed,
    run(input, ctx) {
      const { id, before } = saveDrill(ctx.db, ctx.actor, input, ctx.nowIso());
      const row = drillRow(ctx.db, id)!;
      ctx.changed('drill', id, auditRow(before), auditRow(row));
      ctx.emit('drills.changed', [id]);
      return drillView(ctx.db, ctx.actor, row);
    },
  },

  'drills.start': {
    kind: 'write',
    run(input, ctx) {
      controlledDrill(ctx.db, ctx.actor, input.id);
      const row = setDrillState(ctx.db, ctx.actor, input.id, 'started', ctx.nowIso());
      ctx.emit('drills.changed', [input.id]);
      return drillView(ctx.db, ctx.actor, row);
    },
  },

  'drills.inject': {
    kind: 'write',
    // An inject is part of the scenario: the audit keeps that one was sent, not its words.
    auditInput: (input) => ({ id: input.id, injectId: input.injectId }),
    run(input, ctx) {
      const row = controlledDrill(ctx.db, ctx.actor, input.id);
      sendInject(ctx.db, ctx.actor, row, input.injectId, input.text, ctx.nowIso());
      ctx.emit('drills.changed', [input.id]);
      return drillView(ctx.db, ctx.actor, drillRow(ctx.db, input.id)!);
    },
  },

  'drills.timeline': {
    kind: 'read',
    run(input, ctx) {
      const row = drillRow(ctx.db, input.id);
      if (!row) throw new DomainError('not_found', 'errors.drill_missing');
      return drillTimeline(ctx.db, ctx.actor, row);
    },
  },

  'drills.end': {
    kind: 'write',
    run(input, ctx) {
      controlledDrill(ctx.db, ctx.actor, input.id);
      const row = setDrillState(ctx.db, ctx.actor, input.id, 'ended', ctx.nowIso());
      ctx.emit('drills.changed', [input.id]);
      return drillView(ctx.db, ctx.actor, row);
    },
  },
};
