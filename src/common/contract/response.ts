import { z } from '../zod-setup';
import { defineMethod } from './define';
import { id, isoTime, name, text } from './shared';
import { clientKey, IncidentSummary } from './incidents';
import { RESPONSE_ACTIONS, RESPONSE_LEVELS } from '../domain/plans';

/**
 * A response decision (启动 / 调整 / 终止) as the room records it, on an incident or a
 * warning: the fields both methods take beside what the response is on.
 */
export const ResponseDecisionFields = {
  clientKey,
  action: z.enum(RESPONSE_ACTIONS),
  /** The plan the response is under: required to start; an adjustment keeps the running one unless another is given. */
  planId: id.nullable(),
  /** One the plan's version in force defines; required to start or adjust, null to end. */
  level: z.enum(RESPONSE_LEVELS).nullable(),
  decidedBy: name(30),
  /** When it was decided; defaults to now. */
  decidedAt: isoTime.optional(),
  document: text(100),
};

export const responseMethods = {
  'incidents.activateResponse': defineMethod({
    name: 'incidents.activateResponse',
    input: z.strictObject({ incidentId: id, ...ResponseDecisionFields }),
    output: z.strictObject({ entryId: z.string(), incident: IncidentSummary, replayed: z.boolean() }),
    access: 'write',
    emits: ['incidents.changed', 'logs.changed'],
    example: {
      incidentId: 'inc_0123456789abcdef',
      clientKey: 'ck_0123456789abcdef',
      action: 'start',
      planId: 'pln_0123456789abcdef',
      level: 'IV',
      decidedBy: '李县长',
      document: '青防指〔2026〕5号',
    },
  }),
} as const;
