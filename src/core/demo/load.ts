import type { WriteCtx } from '../handler';
import { writeKey } from '../settings/repo';
import { createOperator } from '../operators/handlers';
import { toOperator } from '../operators/repo';
import { DEMO_OPERATORS, DEMO_COUNTY } from './county';

/** Loads the demo county into an empty data directory, inside the caller's transaction. */
export function loadDemo(ctx: WriteCtx): void {
  writeKey(ctx.db, 'countyName', DEMO_COUNTY.countyName);
  writeKey(ctx.db, 'bureauName', DEMO_COUNTY.bureauName);
  for (const op of DEMO_OPERATORS) {
    const row = createOperator(ctx, op);
    ctx.changed('operator', row.id, undefined, toOperator(row));
  }
}
