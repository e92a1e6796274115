import type { AreaHandlers } from '../handler';
import { readSettings } from '../settings/repo';
import { statsOverview } from './overview';

export const statsHandlers: AreaHandlers<'stats'> = {
  'stats.overview': {
    kind: 'read',
    run: (input, ctx) => statsOverview(ctx.db, input.days, ctx.now(), readSettings(ctx.db).timeZone),
  },
};
