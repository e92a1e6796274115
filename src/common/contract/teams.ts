import { z } from '../zod-setup';
import { DISPATCH_STATES, TEAM_KINDS } from '../domain/teams';
import { defineMethod } from './define';
import { lonLat } from './geo';
import { dateKey, id, isoTime, name, oneLine, phone, text, townCode } from './shared';

export const TeamMemberInput = z.strictObject({
  name: name(30),
  /** 队长, 副队长, 队员, 驾驶员…; free text. */
  role: oneLine(30),
  phone,
  /** 证书: its name and number (救援员证 12345), empty when the member holds none. */
  certificate: oneLine(80),
  certExpiresOn: dateKey.nullable(),
});
export type TeamMemberInput = z.infer<typeof TeamMemberInput>;

const TeamFields = {
  name: name(60),
  kind: z.enum(TEAM_KINDS),
  /** 专长: 水上救援、破拆、侦检…, as the team describes itself. */
  specialities: oneLine(200),
  leader: name(30),
  leaderPhone: phone,
  /** 24 小时值班电话: what the room dials to dispatch and for 查岗. */
  dutyPhone: phone,
  headcount: z.number().int().min(0).max(100_000),
  /** 主要装备: 冲锋舟 4 艘、排涝泵车 2 台… */
  equipment: text(1000),
  baseAddress: text(200),
  /** The base (驻地) on the map, WGS-84; null when not yet located. */
  point: lonLat.nullable(),
  townCode,
  /** 集结时限: minutes from the order to the team on its way (arrival is measured against it). */
  assemblyMinutes: z.number().int().min(1).max(1440),
  notes: text(500),
  members: z.array(TeamMemberInput).max(500),
};
export const TeamInput = z.strictObject(TeamFields);
export type TeamInput = z.infer<typeof TeamInput>;

/** The dispatch a team is on now (from 调派 until 归队): shown on every other incident too. */
export const TeamBusy = z.strictObject({
  dispatchId: z.string(),
  incidentId: z.string(),
  incidentNumber: z.string(),
  incidentTitle: z.string(),
  state: z.enum(DISPATCH_STATES),
  since: z.string(),
  /** Dispatched to an incident logged under a drill (演练). */
  drill: z.boolean(),
});
export type TeamBusy = z.infer<typeof TeamBusy>;

export const TeamSpotCheckView = z.strictObject({
  id: z.string(),
  calledAt: z.string(),
  answered: z.boolean(),
  answerSeconds: z.number().int().nullable(),
  answeredBy: z.string(),
  notes: z.string(),
  recordedBy: z.string(),
});
export type TeamSpotCheckView = z.infer<typeof TeamSpotCheckView>;

export const TeamView = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(TEAM_KINDS),
  specialities: z.string(),
  leader: z.string(),
  leaderPhone: z.string(),
  dutyPhone: z.string(),
  headcount: z.number().int(),
  equipment: z.string(),
  baseAddress: z.string(),
  point: lonLat.nullable(),
  townCode: z.string().nullable(),
  townName: z.string().nullable(),
  assemblyMinutes: z.number().int(),
  notes: z.string(),
  members: z.array(TeamMemberInput.extend({ id: z.string() })),
  archived: z.boolean(),
  updatedAt: z.string(),
  busy: TeamBusy.nullable(),
  /** The latest 查岗 of its duty phone, newest first (at most five). */
  spotChecks: z.array(TeamSpotCheckView),
});
export type TeamView = z.infer<typeof TeamView>;

export const NearbyTeam = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(TEAM_KINDS),
  headcount: z.number().int(),
  leader: z.string(),
  dutyPhone: z.string(),
  assemblyMinutes: z.number().int(),
  specialities: z.string(),
  point: lonLat,
  distanceM: z.number(),
  busy: TeamBusy.nullable(),
});
export type NearbyTeam = z.infer<typeof NearbyTeam>;

const teamExample: TeamInput = {
  name: '县森林消防专业队',
  kind: 'forest_fire',
  specialities: '扑救山火、隔离带开设',
  leader: '赵建国',
  leaderPhone: '13900001111',
  dutyPhone: '0812-5556119',
  headcount: 32,
  equipment: '风力灭火机 20 台、水泵 6 台、运兵车 3 辆',
  baseAddress: '城关镇林场路 8 号',
  point: [104.1, 30.6],
  townCode: null,
  assemblyMinutes: 30,
  notes: '',
  members: [
    {
      name: '赵建国',
      role: '队长',
      phone: '13900001111',
      certificate: '森林消防员证 A123',
      certExpiresOn: '2027-06-30',
    },
  ],
};

export const teamMethods = {
  'teams.list': defineMethod({
    name: 'teams.list',
    input: z.strictObject({
      kind: z.enum(TEAM_KINDS).optional(),
      /** Words in the name, speciality, leader, equipment or a phone. */
      q: oneLine(60).optional(),
      includeArchived: z.boolean().optional(),
    }),
    output: z.array(TeamView),
    access: 'read',
    example: { kind: 'flood', q: '冲锋舟', includeArchived: false },
  }),
  'teams.upsert': defineMethod({
    name: 'teams.upsert',
    // The members come with the team: the list sent replaces the one stored.
    input: z.strictObject({ id: id.optional(), ...TeamFields }),
    output: TeamView,
    access: 'write',
    emits: ['teams.changed'],
    example: teamExample,
  }),
  'teams.archive': defineMethod({
    name: 'teams.archive',
    input: z.strictObject({ id, archived: z.boolean() }),
    output: TeamView,
    access: 'write',
    emits: ['teams.changed'],
    example: { id: 'tem_0123456789abcdef', archived: true },
  }),
  'teams.nearest': defineMethod({
    name: 'teams.nearest',
    // 周边分析: the located teams nearest an incident or a point, straight-line distance.
    input: z
      .strictObject({
        incidentId: id.optional(),
        point: lonLat.optional(),
        limit: z.number().int().min(1).max(50).optional(),
      })
      .refine((v) => (v.incidentId === undefined) !== (v.point === undefined), {
        message: 'errors.field.point_or_incident',
      }),
    output: z.array(NearbyTeam),
    access: 'read',
    example: { incidentId: 'inc_0123456789abcdef', limit: 5 },
  }),
  'teams.spotCheck': defineMethod({
    name: 'teams.spotCheck',
    // 查岗 of a team's duty phone: when it was rung, whether and how fast it was answered, by whom.
    input: z.strictObject({
      teamId: id,
      calledAt: isoTime.optional(),
      answered: z.boolean(),
      answerSeconds: z.number().int().min(0).max(3600).nullable(),
      answeredBy: oneLine(30),
      notes: text(300),
    }),
    output: TeamSpotCheckView,
    access: 'write',
    emits: ['teams.changed'],
    example: {
      teamId: 'tem_0123456789abcdef',
      calledAt: '2026-06-01T02:00:00.000Z',
      answered: true,
      answerSeconds: 8,
      answeredBy: '值班队员王刚',
      notes: '',
    },
  }),
} as const;
