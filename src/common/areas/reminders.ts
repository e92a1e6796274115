import { defineArea } from './define';
import { reminderMethods } from '../contract/reminders';
import { remindersMessages } from '../i18n/reminders-messages';

/**
 * 到期提醒: one list of what falls due in every area's records (ARCHITECTURE.md
 * "Reminders"), on the desk, in the header's count and on its own page.
 */
export const remindersArea = defineArea({
  id: 'reminders',
  methods: reminderMethods,
  events: { 'reminders.changed': [] },
  routes: ['reminders'],
  printRoutes: {},
  messages: remindersMessages,
});
