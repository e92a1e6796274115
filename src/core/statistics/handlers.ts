import type { HandlersOf } from '../handler';
import type { statisticsMethods } from '../../common/contract/statistics';
import { keyFigures, statsQuery, statsRecords } from './service';

export const statisticsHandlers: HandlersOf<typeof statisticsMethods> = {
  'stats.query': {
    kind: 'read',
    run: (input, ctx) => statsQuery(ctx.db, ctx.actor, input.period, input.townCode, ctx.now()),
  },
  'stats.records': {
    kind: 'read',
    run: (input, ctx) => statsRecords(ctx.db, ctx.actor, input, ctx.now()),
  },
  'stats.keyFigures': {
    kind: 'read',
    run: (_input, ctx) => keyFigures(ctx.db, ctx.actor, ctx.now()),
  },
};
