import { z } from '../zod-setup';
import { DISPATCH_STATES, TEAM_KINDS } from '../domain/teams';
import { defineMethod } from './define';
import { clientKey } from './incidents';
import { id, isoTime, name, text } from './shared';

/**
 * 调派 → 已接令 → 出发 → 到场 → 撤离 → 归队, written by dispatches.create / dispatches.update
 * only (they check the order of the states and the team's other dispatches): an entry
 * of the incident's timeline (kind `dispatch`), append-only and hash-chained.
 */
export const DispatchData = z.strictObject({
  dispatchId: id,
  teamId: id,
  teamName: name(60),
  state: z.enum(DISPATCH_STATES),
  headcount: z.number().int().min(0).max(100_000),
  note: text(300),
  /** On 到场: minutes since 调派; on 调派 and 到场: the team's 集结时限 it is measured against. */
  arrivalMinutes: z.number().int().min(0).optional(),
  targetMinutes: z.number().int().min(1).optional(),
});
export type DispatchData = z.infer<typeof DispatchData>;

const stateTimes = z.strictObject(
  Object.fromEntries(DISPATCH_STATES.map((s) => [s, z.string().nullable()])) as Record<
    (typeof DISPATCH_STATES)[number],
    z.ZodNullable<z.ZodString>
  >,
);

/** Where a dispatched team is: the "who is where" panels of the incident page and the wall. */
export const DispatchView = z.strictObject({
  id: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  teamKind: z.enum(TEAM_KINDS),
  leader: z.string(),
  dutyPhone: z.string(),
  headcount: z.number().int(),
  incidentId: z.string(),
  incidentNumber: z.string(),
  incidentTitle: z.string(),
  /** Sent to an incident logged under a drill (演练). */
  drill: z.boolean(),
  state: z.enum(DISPATCH_STATES),
  /** When each state was reached (null: not yet). */
  times: stateTimes,
  targetMinutes: z.number().int(),
  /** 调派 → 到场 in minutes; null until it arrived. */
  arrivalMinutes: z.number().int().nullable(),
  /** Arrived later than its 集结时限; null until it arrived. */
  late: z.boolean().nullable(),
  updatedAt: z.string(),
});
export type DispatchView = z.infer<typeof DispatchView>;

const when = {
  /** When it happened (the team rang back at 10:05, typed in at 10:07); defaults to now. */
  at: isoTime.optional(),
  note: text(300),
};

export const dispatchMethods = {
  'dispatches.list': defineMethod({
    name: 'dispatches.list',
    // One incident's dispatches (all of them), or every team out now (the wall, the desk).
    input: z.strictObject({ incidentId: id.optional() }),
    output: z.array(DispatchView),
    access: 'read',
    example: { incidentId: 'inc_0123456789abcdef' },
  }),
  'dispatches.create': defineMethod({
    name: 'dispatches.create',
    // 调派: a team sent to an open incident; a team out on another one is refused until it is back.
    input: z.strictObject({
      incidentId: id,
      teamId: id,
      clientKey,
      /** How many go (defaults to the team's headcount). */
      headcount: z.number().int().min(0).max(100_000).optional(),
      ...when,
    }),
    output: DispatchView,
    access: 'write',
    emits: ['dispatches.changed', 'incidents.changed', 'logs.changed'],
    example: {
      incidentId: 'inc_0123456789abcdef',
      teamId: 'tem_0123456789abcdef',
      clientKey: 'ck_0123456789abcdef',
      headcount: 20,
      at: '2026-06-01T02:00:00.000Z',
      note: '携冲锋舟 2 艘',
    },
  }),
  'dispatches.update': defineMethod({
    name: 'dispatches.update',
    // The next state of a dispatch, in order: 已接令, 出发, 到场, 撤离, 归队.
    input: z.strictObject({
      dispatchId: id,
      clientKey,
      state: z.enum(DISPATCH_STATES).exclude(['dispatched']),
      ...when,
    }),
    output: DispatchView,
    access: 'write',
    emits: ['dispatches.changed', 'incidents.changed', 'logs.changed'],
    example: {
      dispatchId: 'dsp_0123456789abcdef',
      clientKey: 'ck_0123456789abcdef',
      state: 'accepted',
      at: '2026-06-01T02:03:00.000Z',
      note: '',
    },
  }),
} as const;
