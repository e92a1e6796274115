import type { AreaHandlers } from '../handler';
import { readSettings, writeKey } from './repo';
import { followSettingChange } from '../shifts/repo';

export const settingsHandlers: AreaHandlers<'settings'> = {
  'settings.get': { kind: 'read', run: (_input, ctx) => readSettings(ctx.db) },
  'settings.update': {
    kind: 'write',
    run(input, ctx) {
      const before = readSettings(ctx.db);
      for (const [k, v] of Object.entries(input)) {
        if (v !== undefined) writeKey(ctx.db, k, v);
      }
      const after = readSettings(ctx.db);
      // Shifts already worked keep their change time: the new one applies from the next duty date.
      followSettingChange(ctx, before.shiftChangeTime, after.shiftChangeTime);
      ctx.changed('settings', 'settings', before, after);
      ctx.emit('settings.changed');
      return after;
    },
  },
};
