import type { HandlersOf } from '../handler';
import type { statsMethods } from '../../common/contract/stats';
import { readSettings } from '../settings/repo';
import { statsOverview } from './overview';

export const statsHandlers: HandlersOf<typeof statsMethods> = {
  'stats.overview': {
    kind: 'read',
    run: (input, ctx) => statsOverview(ctx.db, input.days, ctx.now(), readSettings(ctx.db).timeZone),
  },
};
