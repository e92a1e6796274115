import { remindersArea } from '../../common/areas/reminders';
import { m010ReminderAcks } from '../db/migrations/010-reminder-acks';
import { reminderHandlers } from '../reminders/handlers';
import { defineCoreArea } from './define';

/** 到期提醒: the list over every area's providers (ctx.services.reminders) and its acknowledgements. */
export const remindersCore = defineCoreArea(remindersArea, {
  handlers: reminderHandlers,
  migrations: [m010ReminderAcks],
});
