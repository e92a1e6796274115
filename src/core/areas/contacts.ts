import { contactsArea } from '../../common/areas/contacts';
import { contactHandlers } from '../contacts/handlers';
import { contactImportTarget } from '../contacts/import-target';
import { contactsReviewDue } from '../contacts/reminders';
import { m012Contacts } from '../db/migrations/012-contacts';
import { defineCoreArea } from './define';

export const contactsCore = defineCoreArea(contactsArea, {
  handlers: contactHandlers,
  migrations: [m012Contacts],
  importTargets: [contactImportTarget],
  reminders: [contactsReviewDue],
});
