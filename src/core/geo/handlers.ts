import type { AreaHandlers } from '../handler';
import { readSettings } from '../settings/repo';
import { analyse, orphanCodes, readFiles, refusal, type Analysis } from './import';
import { countedBy } from '../progress';
import { basemap, listTowns, listVillages, replaceLines, replaceTowns, replaceVillages } from './repo';
import type { ReadDb, WriteDb } from '../db/handles';

/** Writes the layer the analysis is of; every other layer stays as it is. */
function write(db: WriteDb, a: Analysis): void {
  switch (a.preview.layer) {
    case 'towns':
      replaceTowns(
        db,
        a.towns.map((t) => ({
          code: t.code,
          name: t.name,
          kind: t.kind,
          seat: t.seat,
          boundary: t.polygons,
          population: null,
        })),
        a.boundary,
        readSettings(db).countyName,
      );
      return;
    case 'villages':
      replaceVillages(db, a.villages);
      return;
    case 'rivers':
    case 'roads':
      replaceLines(db, a.preview.layer === 'rivers' ? 'river' : 'road', a.lines);
  }
}

/** The towns as villages are checked against: changes whenever a town or its outline does. */
const townStamp = (db: ReadDb) =>
  db
    .prepare(
      `SELECT count(*) || '/' || coalesce(group_concat(code || ':' || coalesce(length(boundary_json), 0)), '') FROM towns`,
    )
    .pluck()
    .get() as string;

const counts = (db: WriteDb, layer: Analysis['preview']['layer']) =>
  layer === 'towns'
    ? listTowns(db).length
    : layer === 'villages'
      ? listVillages(db).length
      : (db
          .prepare('SELECT count(*) FROM basemap_features WHERE layer = ?')
          .pluck()
          .get(layer === 'rivers' ? 'river' : 'road') as number);

export const geoHandlers: AreaHandlers<'geo'> = {
  'geo.towns': { kind: 'read', run: (_input, ctx) => listTowns(ctx.db) },
  'geo.villages': { kind: 'read', run: (_input, ctx) => listVillages(ctx.db) },
  'geo.basemap': { kind: 'read', run: (_input, ctx) => basemap(ctx.db) },

  'geo.preview': {
    kind: 'task',
    async run(input, ctx) {
      const files = await readFiles(input);
      return (await analyse(ctx.services.database.current().read, files, input, ctx.locale(), countedBy(ctx)))
        .preview;
    },
  },

  'geo.import': {
    kind: 'task',
    async run(input, ctx) {
      const files = await readFiles(input);
      const { read, write: db } = ctx.services.database.current();
      // The long part (every vertex converted and checked) runs before the writer is
      // taken, breathing, so a county-sized file holds up neither the duty room's writes
      // nor its screens for its seconds; the page shows how far it is.
      const stamp = townStamp(read);
      let a = await analyse(read, files, input, ctx.locale(), countedBy(ctx));
      return ctx.exclusive(async () => {
        // What the file is checked against can only have changed if the towns did; no
        // write can come between this check and the transaction (the writer is ours).
        if (townStamp(db) !== stamp) a = await analyse(db, files, input, ctx.locale());
        return db
          .transaction(() => {
            const p = {
              ...a.preview,
              orphanCodes: a.preview.layer === 'towns' ? orphanCodes(db, a.towns) : [],
            };
            const found = a.towns.length + a.villages.length + a.lines.length;
            if (p.problems.length > 0 || found === 0) throw refusal(p);
            const before = counts(db, p.layer);
            write(db, a);
            ctx.changed(
              'geography',
              'import',
              { layer: p.layer, count: before },
              {
                layer: p.layer,
                fileName: input.file.fileName,
                crs: p.crs,
                count: found,
                orphanCodes: p.orphanCodes,
              },
            );
            ctx.emit('geo.changed');
            return {
              layer: p.layer,
              towns: a.towns.length,
              villages: a.villages.length,
              lines: a.lines.length,
              orphanCodes: p.orphanCodes,
            };
          })
          .immediate();
      });
    },
  },
};
