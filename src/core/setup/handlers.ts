import type { AreaHandlers } from '../handler';
import { SETUP_STEPS } from '../../common/contract/setup';
import { writeKey } from '../settings/repo';
import { setupStatus, SKIPPED_KEY, skippedSteps } from './status';

export const setupHandlers: AreaHandlers<'setup'> = {
  'setup.status': { kind: 'read', run: (_input, ctx) => setupStatus(ctx.db, ctx.now()) },
  'setup.skip': {
    kind: 'write',
    run(input, ctx) {
      const before = skippedSteps(ctx.db);
      const after = SETUP_STEPS.filter((s) => (s === input.step ? input.skipped : before.includes(s)));
      writeKey(ctx.db, SKIPPED_KEY, after);
      ctx.changed('setup', input.step, { skipped: before }, { skipped: after });
      ctx.emit('setup.changed');
      return setupStatus(ctx.db, ctx.now());
    },
  },
};
