import { nextShift, patternOn, previousShift, shiftAt } from '../../common/shifts';
import type { AreaHandlers } from '../handler';
import { appendPattern, patternViews, syncSetting, timeZoneOf } from './repo';

export const shiftHandlers: AreaHandlers<'shifts'> = {
  'shifts.get': {
    kind: 'read',
    run(input, ctx) {
      const versions = patternViews(ctx.db);
      const tz = timeZoneOf(ctx.db);
      const at = input.at ? new Date(input.at) : ctx.now();
      const shift = shiftAt(versions, tz, at);
      const current = patternOn(versions, shift.date) as (typeof versions)[number];
      return {
        timeZone: tz,
        versions,
        current,
        shift,
        previous: previousShift(versions, tz, shift),
        next: nextShift(versions, tz, shift),
      };
    },
  },
  'shifts.setPattern': {
    kind: 'write',
    run(input, ctx) {
      const pattern = {
        kind: input.kind,
        changeTime: input.changeTime,
        nightTime: input.kind === 'day24' ? null : input.nightTime,
      };
      appendPattern(ctx, input.effectiveDate, pattern);
      syncSetting(ctx, pattern.changeTime);
      ctx.emit('shifts.changed');
      ctx.emit('roster.changed');
      ctx.emit('settings.changed');
      return { versions: patternViews(ctx.db) };
    },
  },
};
