import type { AreaHandlers } from '../handler';
import { DomainError } from '../errors';
import { listReminders, recordAcknowledgement } from './engine';

export const reminderHandlers: AreaHandlers<'reminders'> = {
  'reminders.list': {
    kind: 'read',
    run: (_input, ctx) => listReminders(ctx.db, ctx.services.reminders, ctx.now()),
  },
  'reminders.acknowledge': {
    kind: 'write',
    run(input, ctx) {
      const now = ctx.now();
      // Only what is listed now: a reminder whose record has moved on (restocked, checked) is gone.
      const current = listReminders(ctx.db, ctx.services.reminders, now).items.find(
        (r) => r.source === input.source && r.ref === input.ref && r.cycle === input.cycle,
      );
      if (!current) throw new DomainError('not_found', 'errors.reminder_gone');
      const actor = ctx.actor;
      const ack = {
        source: input.source,
        ref: input.ref,
        cycle: input.cycle,
        operator_id: actor.kind === 'operator' ? actor.operatorId : actor.kind,
        operator_name: actor.kind === 'operator' || actor.kind === 'system' ? actor.name : actor.kind,
        at: now.toISOString(),
        note: input.note.trim(),
      };
      recordAcknowledgement(ctx.db, ack);
      ctx.changed('reminder', `${input.source}|${input.ref}`, current.acknowledged ?? undefined, ack);
      ctx.emit('reminders.changed');
      return listReminders(ctx.db, ctx.services.reminders, now);
    },
  },
};
