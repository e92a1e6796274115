import { z } from '../zod-setup';
import { defineMethod } from './define';
import { id, name, okOut, text } from './shared';
import { LOCALES } from '../domain/roles';

const Threshold = z.strictObject({
  dead: z.number().int().min(1).max(100_000),
  injured: z.number().int().min(1).max(100_000),
  lossWan: z.number().min(1).max(100_000_000),
});

export const Settings = z.strictObject({
  countyName: z.string(),
  bureauName: z.string(),
  timeZone: z.string(),
  locale: z.enum(LOCALES),
  /** Local time of the daily shift change, HH:MM. */
  shiftChangeTime: z.string(),
  /** The wall display sounds an alarm for a new grade I/II incident (off by default). */
  wallAlarmSound: z.boolean(),
  /** Seconds each page of the wall's rotating panel stays up. */
  wallRotateSeconds: z.number().int(),
  /** Minutes before the shift change from which the outgoing chief may sign the handover without a reason. */
  handoverSignLeadMinutes: z.number().int(),
  /** Lower bounds of 特别重大/重大/较大 for production-safety accidents (deaths, injured, 万元). */
  accidentThresholds: z.strictObject({ I: Threshold, II: Threshold, III: Threshold }),
  /** 报送对象: the superiors and units reports go to, offered first wherever one is typed. */
  reportTargets: z.array(z.string()),
});
export type Settings = z.infer<typeof Settings>;

/** 特别重大 above 重大 above 较大 in each figure: a lower bound above a graver one would never apply. */
export const accidentThresholds = z
  .strictObject({ I: Threshold, II: Threshold, III: Threshold })
  .refine(
    (v) => (['dead', 'injured', 'lossWan'] as const).every((k) => v.I[k] > v.II[k] && v.II[k] > v.III[k]),
    { message: 'errors.field.thresholds_order' },
  );

export const REPORT_TARGETS_MAX = 30;
/** One name per line; the same name twice is one. */
export const reportTargets = z
  .array(name(60))
  .max(REPORT_TARGETS_MAX)
  .refine((v) => new Set(v).size === v.length, { message: 'errors.field.duplicate_name' });

export const hhmm = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'errors.field.hhmm');

export const WALL_ROTATE_SECONDS = { min: 5, max: 300 } as const;
export const wallRotateSeconds = z.number().int().min(WALL_ROTATE_SECONDS.min).max(WALL_ROTATE_SECONDS.max);

export const HANDOVER_SIGN_LEAD = { min: 0, max: 720 } as const;
export const handoverSignLeadMinutes = z
  .number()
  .int()
  .min(HANDOVER_SIGN_LEAD.min)
  .max(HANDOVER_SIGN_LEAD.max);

export const timeZoneName = z
  .string()
  .max(64)
  .refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(tz);
      } catch {
        return false;
      }
    },
    { message: 'errors.field.timezone' },
  );

export const WallToken = z.strictObject({
  id: z.string(),
  label: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type WallToken = z.infer<typeof WallToken>;

export const Backup = z.strictObject({
  name: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number().int(),
  reason: z.string(),
  verified: z.boolean(),
});
export type Backup = z.infer<typeof Backup>;

export const backupName = z.string().regex(/^duty-room-[0-9TZ-]+-[a-z]+\.db$/, 'errors.field.backup_name');

export const settingsMethods = {
  'settings.get': defineMethod({
    name: 'settings.get',
    input: z.strictObject({}),
    output: Settings,
    access: 'read',
  }),
  'settings.update': defineMethod({
    name: 'settings.update',
    input: z.strictObject({
      countyName: name(40).optional(),
      bureauName: name(60).optional(),
      timeZone: timeZoneName.optional(),
      locale: z.enum(LOCALES).optional(),
      shiftChangeTime: hhmm.optional(),
      wallAlarmSound: z.boolean().optional(),
      wallRotateSeconds: wallRotateSeconds.optional(),
      handoverSignLeadMinutes: handoverSignLeadMinutes.optional(),
      accidentThresholds: accidentThresholds.optional(),
      reportTargets: reportTargets.optional(),
    }),
    output: Settings,
    access: 'admin',
    example: {
      countyName: '示范县',
      bureauName: '示范县应急管理局',
      timeZone: 'Asia/Shanghai',
      locale: 'zh-CN',
      shiftChangeTime: '08:30',
      wallAlarmSound: false,
      wallRotateSeconds: 20,
      handoverSignLeadMinutes: 30,
    },
    emits: ['settings.changed'],
  }),
  'wallTokens.list': defineMethod({
    name: 'wallTokens.list',
    input: z.strictObject({}),
    output: z.array(WallToken),
    access: 'admin',
  }),
  'wallTokens.create': defineMethod({
    name: 'wallTokens.create',
    input: z.strictObject({ label: name(40) }),
    // The secret is returned once, at creation; only its hash is stored.
    output: z.strictObject({ token: z.string(), wallToken: WallToken }),
    access: 'admin',
    example: { label: '值班室大屏' },
    emits: ['wallTokens.changed'],
  }),
  'wallTokens.revoke': defineMethod({
    name: 'wallTokens.revoke',
    input: z.strictObject({ id }),
    output: okOut,
    access: 'admin',
    example: { id: 'wt_0123456789abcdef' },
    emits: ['wallTokens.changed'],
  }),
  'backups.list': defineMethod({
    name: 'backups.list',
    input: z.strictObject({}),
    output: z.array(Backup),
    access: 'admin',
  }),
  'backups.create': defineMethod({
    name: 'backups.create',
    input: z.strictObject({ note: text(100).optional() }),
    output: Backup,
    access: 'admin',
    example: { note: '交班前备份' },
    emits: ['backups.changed'],
  }),
  'backups.restore': defineMethod({
    name: 'backups.restore',
    input: z.strictObject({ name: backupName }),
    // Before restoring, the current data is itself backed up, so a restore can be undone.
    output: z.strictObject({ restored: z.string(), safetyBackup: z.string() }),
    access: 'admin',
    example: { name: 'duty-room-20261129T154011123Z-manual.db' },
    emits: ['system.restored'],
  }),
} as const;
