import type { AreaHandlers } from '../handler';
import { readSettings } from '../settings/repo';
import { analyse, readFiles, refusal } from './import';
import type { TownDraft } from './import-check';
import type { Ring } from './import-read';
import { basemap, listTowns, replaceGeography } from './repo';

/** A town's stored outline: the outer ring of its largest part (islands and holes are not kept). */
function outlineOf(t: TownDraft): Ring {
  let best: Ring = [];
  let size = -1;
  for (const poly of t.polygons) {
    const ring = poly[0] ?? [];
    let a = 0;
    for (let i = 0; i + 1 < ring.length; i += 1)
      a += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
    if (Math.abs(a) > size) [best, size] = [ring, Math.abs(a)];
  }
  return best;
}

export const geoHandlers: AreaHandlers<'geo'> = {
  'geo.towns': { kind: 'read', run: (_input, ctx) => listTowns(ctx.db) },
  'geo.basemap': { kind: 'read', run: (_input, ctx) => basemap(ctx.db) },

  'geo.preview': {
    kind: 'task',
    async run(input, ctx) {
      const files = await readFiles(input);
      return analyse(ctx.services.database.current().read, files, input, ctx.locale()).preview;
    },
  },

  'geo.import': {
    kind: 'task',
    async run(input, ctx) {
      const files = await readFiles(input);
      const db = ctx.services.database.current().write;
      // Checked again inside the write lock: every town and the boundary, or nothing.
      return db
        .transaction(() => {
          const a = analyse(db, files, input, ctx.locale());
          if (a.preview.problems.length > 0 || a.towns.length === 0) throw refusal(a.preview);
          const before = listTowns(db).length;
          replaceGeography(
            db,
            a.towns.map((t) => ({
              code: t.code,
              name: t.name,
              kind: t.kind,
              seat: t.seat,
              boundary: outlineOf(t),
              population: null,
            })),
            a.boundary.map((poly) => poly[0] ?? []),
            readSettings(db).countyName,
          );
          ctx.changed(
            'geography',
            'import',
            { towns: before },
            {
              fileName: input.file.fileName,
              crs: a.preview.crs,
              towns: a.towns.length,
              orphanCodes: a.preview.orphanCodes,
            },
          );
          ctx.emit('geo.changed');
          return { towns: a.towns.length, orphanCodes: a.preview.orphanCodes };
        })
        .immediate();
    },
  },
};
