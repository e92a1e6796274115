import { z } from '../zod-setup';
import { defineMethod } from './define';

/**
 * The first-run checklist of a real county (空白开始): what the room needs before its
 * first shift, in the order a bureau usually does it. Each step is done when the data
 * says so (towns imported, people entered, a roster from today on...), never by a tick.
 */
export const SETUP_STEPS = [
  'geography',
  'operators',
  'roster',
  'equipment',
  'resources',
  'deadlines',
] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

const count = z.number().int().min(0);

export const SetupStatus = z.strictObject({
  /** Only a county that started blank has a checklist; the demo county has none. */
  applies: z.boolean(),
  steps: z.array(
    z.strictObject({
      step: z.enum(SETUP_STEPS),
      done: z.boolean(),
      /** Put aside by an administrator; it stays listed and can be taken up again. */
      skipped: z.boolean(),
      /** What is there so far: towns; operators; shifts from today; items; facilities and depots; rule changes. */
      counts: z.record(z.string(), count),
    }),
  ),
  /** Steps neither done nor skipped. */
  open: count,
});
export type SetupStatus = z.infer<typeof SetupStatus>;

export const setupMethods = {
  'setup.status': defineMethod({
    name: 'setup.status',
    input: z.strictObject({}),
    output: SetupStatus,
    access: 'read',
  }),
  'setup.skip': defineMethod({
    name: 'setup.skip',
    // Skipping is reversible: `skipped: false` puts the step back on the list.
    input: z.strictObject({ step: z.enum(SETUP_STEPS), skipped: z.boolean() }),
    output: SetupStatus,
    access: 'admin',
    emits: ['setup.changed'],
    example: { step: 'equipment', skipped: true },
  }),
} as const;
