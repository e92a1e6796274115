import type { contactsZhCN } from './contacts.zh-CN';

export const contactsEnUS: Record<keyof typeof contactsZhCN, string> = {
  'nav.contacts': 'Contacts',
  'contacts.subtitle':
    '24-hour contacts of every unit: superiors, county leaders, departments, towns, villages, teams, enterprises; report recipients and the call list are picked from here',
  'contacts.add': 'Add contact',
  'contacts.addTitle': 'Add contact',
  'contacts.editTitle': 'Edit contact: {{unit}}',
  'contacts.saved': 'Saved {{name}}',
  'contacts.import': 'Import contacts',
  'contacts.export': 'Export XLSX',
  'contacts.showArchived': 'Show archived',
  'contacts.search': 'Unit, name, post or phone',
  'contacts.allCategories': 'All categories',
  'contacts.otherPhones': 'Mobile / office',
  'contacts.callListTag': 'Call list',
  'contacts.callListHint': 'Phoned at once for a high-level warning',
  'contacts.neverReviewed': 'Never confirmed',
  'contacts.review': 'Mark as confirmed ({{n}})',
  'contacts.reviewHelp':
    'Tick the entries confirmed by phone or notice; entries not confirmed for a year show in orange and are reminded',
  'contacts.reviewed': '{{n}} confirmed',
  'contacts.archive': 'Archive',
  'contacts.restore': 'Restore',
  'contacts.empty': 'No contacts yet: add one, or import the units’ contact sheet',
  'contacts.fill.label': 'Fill from contacts',
  'contacts.fill.placeholder': 'Pick a unit or person from the contacts to fill in the fields below',
  'contacts.fill.none': 'No matching unit in the contacts',
  'contacts.fill.searching': 'Searching the contacts…',
};
