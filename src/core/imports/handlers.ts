import type { AreaHandlers, StepsCtx } from '../handler';
import { DomainError } from '../errors';
import { analyse } from './analyse';
import { countedBy } from '../progress';
import { fieldTexts } from './registry';
import { readSheet } from './decode';
import type { ImportOptions } from '../../common/contract/imports';
import type { Services } from '../services';

/** The target of this core's areas (src/core/areas lists them). */
function targetOf(ctx: { services: Services }, name: string) {
  const t = ctx.services.importTargets.get(name);
  if (!t) throw new DomainError('not_found', 'errors.import_target_unknown', { target: name.slice(0, 40) });
  return t;
}

export const importHandlers: AreaHandlers<'imports'> = {
  'imports.preview': {
    kind: 'task',
    async run(input, ctx) {
      const target = targetOf(ctx, input.target);
      const sheet = await readSheet(Buffer.from(input.base64, 'base64'));
      const a = await analyse(
        ctx.services.database.current().read,
        target,
        sheet,
        input.mapping,
        ctx.locale(),
        input.options,
        countedBy(ctx),
      );
      return {
        format: sheet.format,
        encoding: sheet.encoding,
        headerRow: a.headerRow,
        columns: a.columns,
        fields: target.fields.map((f) => ({
          key: f.key,
          ...fieldTexts(f),
          required: f.required,
        })),
        suggestedMapping: a.suggestedMapping,
        mapping: a.mapping,
        rows: a.rows,
        errors: a.errors,
        total: a.total,
        valid: a.valid.length,
        crs: a.crs,
      };
    },
  },

  'imports.commit': {
    kind: 'steps',
    run: (input, ctx) => commitImport(ctx, input),
  },
};

/**
 * Reads the file again and writes every row inside the call's one transaction, or
 * nothing: the shared commit of every register (imports.commit, facilities.import).
 */
export async function commitImport(
  ctx: StepsCtx,
  input: {
    target: string;
    fileName: string;
    base64: string;
    mapping: Record<string, number | null>;
    options?: ImportOptions;
  },
): Promise<{ created: number; updated: number }> {
  const target = targetOf(ctx, input.target);
  const sheet = await readSheet(Buffer.from(input.base64, 'base64'));
  // Validated again inside the transaction (no other write can come between): all rows
  // or none.
  const a = await analyse(ctx.db, target, sheet, input.mapping, ctx.locale(), input.options, countedBy(ctx));
  if (a.errors.length > 0)
    throw new DomainError(
      'invalid_input',
      'errors.import_has_errors',
      { count: a.errors.length },
      { errors: a.errors.slice(0, 100) },
    );
  const res = target.write(ctx, a.valid);
  ctx.changed('import', input.target, undefined, {
    fileName: input.fileName,
    ...(a.crs ? { crs: a.crs } : {}),
    ...res,
  });
  ctx.emit(target.event);
  return res;
}
