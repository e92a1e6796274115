import { z } from '../zod-setup';
import { defineMethod } from './define';
import { name, okOut, pin, text } from './shared';
import { LOCALES } from '../domain/roles';

export const SystemInfo = z.strictObject({
  initialized: z.boolean(),
  dataMode: z.enum(['demo', 'blank']).nullable(),
  countyName: z.string(),
  bureauName: z.string(),
  locale: z.enum(LOCALES),
  timeZone: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  /** True when the host requires a token on every request (LAN mode). */
  lan: z.boolean(),
});
export type SystemInfo = z.infer<typeof SystemInfo>;

export const systemMethods = {
  'system.info': defineMethod({
    name: 'system.info',
    input: z.strictObject({}),
    output: SystemInfo,
    access: 'public',
  }),
  'system.setup': defineMethod({
    name: 'system.setup',
    input: z.discriminatedUnion('mode', [
      z.strictObject({ mode: z.literal('demo') }),
      z.strictObject({
        mode: z.literal('blank'),
        countyName: name(40),
        bureauName: name(60),
        admin: z.strictObject({ name: name(30), pin: pin.optional() }),
      }),
    ]),
    output: okOut,
    access: 'admin',
    example: {
      mode: 'blank',
      countyName: '示范县',
      bureauName: '示范县应急管理局',
      admin: { name: '管理员', pin: '1234' },
    },
    firstRun: true,
    emits: ['system.changed'],
  }),
  'audit.list': defineMethod({
    name: 'audit.list',
    input: z.strictObject({
      limit: z.number().int().min(1).max(500).optional(),
      beforeSeq: z.number().int().min(1).optional(),
      method: text(60).optional(),
    }),
    output: z.array(
      z.strictObject({
        seq: z.number().int(),
        at: z.string(),
        actorId: z.string().nullable(),
        actorName: z.string().nullable(),
        method: z.string(),
        input: z.unknown(),
        changes: z.unknown(),
        hash: z.string(),
      }),
    ),
    access: 'admin',
    example: { limit: 50, beforeSeq: 100, method: 'settings.update' },
  }),
  'audit.verify': defineMethod({
    name: 'audit.verify',
    input: z.strictObject({}),
    output: z.strictObject({
      ok: z.boolean(),
      checked: z.number().int(),
      firstBrokenSeq: z.number().int().nullable(),
    }),
    access: 'admin',
  }),
  'system.ping': defineMethod({
    name: 'system.ping',
    input: z.strictObject({}),
    output: okOut,
    access: 'read',
  }),
  /**
   * The renderer's own bugs, for the log: a page or a wall panel that threw while
   * rendering (its error boundary shows a placeholder and calls this). Read access so
   * the wall, which has no operator, can report too; nothing is stored.
   */
  'system.reportError': defineMethod({
    name: 'system.reportError',
    input: z.strictObject({
      where: name(80),
      message: text(2000),
      stack: text(8000).optional(),
      route: text(500).optional(),
      attempt: z.number().int().min(1).max(100_000).optional(),
    }),
    output: okOut,
    access: 'read',
    example: {
      where: 'wall.stats',
      message: "Cannot read properties of undefined (reading 'natural')",
      stack: 'TypeError: Cannot read properties of undefined\n    at StatsPanel (index.js:1:2)',
      route: '#/wall',
      attempt: 1,
    },
  }),
} as const;
