import { defineArea } from './define';
import { contactMethods } from '../contract/contacts';
import { contactsLabels } from '../i18n/contacts-labels';
import { contactsMessages } from '../i18n/contacts-messages';

/**
 * 通讯录: the 24-hour contacts of every unit the room deals with, one register for the
 * intake's 报送对象 and, later, warnings' 叫应 list, teams and agreements.
 */
export const contactsArea = defineArea({
  id: 'contacts',
  methods: contactMethods,
  // A review or an edit moves the yearly review reminder.
  events: { 'contacts.changed': ['reminders'] },
  routes: ['contacts'],
  printRoutes: {},
  messages: contactsMessages,
  labels: contactsLabels,
});
