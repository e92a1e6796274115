import { z } from '../../zod-setup';
import { defineMethod } from '../../contract/define';
import { defineArea } from '../define';

/**
 * A throwaway area for tests (src/main/fixture-area.test.ts, src/core/steps.test.ts and the
 * renderer's): a read method, a long write, one route, one migration in core, one page in the renderer. It is in no
 * list of the app; the tests add it to the app's lists to show that a new area needs
 * its own files and no edit of a shared one.
 */
export const fixtureNotesArea = defineArea({
  id: 'fixtureNotes',
  methods: {
    'fixtureNotes.list': defineMethod({
      name: 'fixtureNotes.list',
      input: z.strictObject({ limit: z.number().int().min(1).max(10) }),
      output: z.strictObject({ notes: z.array(z.string()) }),
      access: 'read',
      example: { limit: 5 },
    }),
    // A long write (kind 'steps'): one note per step, the host breathing between; it
    // fails at `failAt` when given, to show that nothing of it stays.
    'fixtureNotes.addSlowly': defineMethod({
      name: 'fixtureNotes.addSlowly',
      input: z.strictObject({
        texts: z.array(z.string().min(1).max(20)).min(1).max(10),
        failAt: z.number().int().min(0).max(9).optional(),
      }),
      output: z.strictObject({ added: z.number().int() }),
      access: 'write',
      emits: ['fixtureNotes.changed'],
      example: { texts: ['收到'] },
    }),
  },
  events: { 'fixtureNotes.changed': [] },
  routes: ['fixtureNotes'],
  printRoutes: {},
});
