import { fixtureNotesArea } from '../../../common/areas/testing/fixture-area';
import { stmt } from '../../db/sql';
import { DomainError } from '../../errors';
import { coreMigrations } from '..';
import { defineCoreArea } from '../define';
import type { WriteDb } from '../../db/handles';

/** The fixture area's schema: the next free version after the app's, like any new migration. */
export const fixtureNotesMigration = {
  version: coreMigrations.length + 1,
  name: 'fixture-notes',
  up(db: WriteDb) {
    db.exec(`
      CREATE TABLE fixture_notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT;
      INSERT INTO fixture_notes (text) VALUES ('演练通知已收到'), ('叫应完毕');
    `);
  },
};

/** Core's side of the fixture area (see src/common/areas/testing/fixture-area.ts). */
export const fixtureNotesCore = defineCoreArea(fixtureNotesArea, {
  handlers: {
    'fixtureNotes.list': {
      kind: 'read',
      run: (input, ctx) => ({
        notes: (
          stmt(ctx.db, 'SELECT text FROM fixture_notes ORDER BY id LIMIT ?').all(input.limit) as {
            text: string;
          }[]
        ).map((r) => r.text),
      }),
    },
    'fixtureNotes.addSlowly': {
      kind: 'steps',
      async run(input, ctx) {
        for (const [i, text] of input.texts.entries()) {
          if (i === input.failAt) throw new DomainError('invalid_input', 'errors.invalid_input', { fields: '' });
          stmt(ctx.db, 'INSERT INTO fixture_notes (text) VALUES (?)').run(text);
          ctx.progress(i + 1, input.texts.length);
          await ctx.breathe();
        }
        return { added: input.texts.length };
      },
    },
  },
  migrations: [fixtureNotesMigration],
});
