import { z } from '../../zod-setup';
import { defineMethod } from '../../contract/define';
import { defineArea } from '../define';

/**
 * A throwaway area for tests (src/main/fixture-area.test.ts and the renderer's): one
 * read method, one route, one migration in core, one page in the renderer. It is in no
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
  },
  events: { 'fixtureNotes.changed': [] },
  routes: ['fixtureNotes'],
  printRoutes: {},
});
