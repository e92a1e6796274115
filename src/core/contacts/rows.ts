import type { ContactCategory } from '../../common/domain/contacts';

/** A line of 通讯录 as `SELECT *` reads it (rows.test.ts holds it to the schema). */
export interface ContactRow {
  id: string;
  category: ContactCategory;
  unit: string;
  person: string;
  post: string;
  duty_phone: string;
  mobile: string;
  office_phone: string;
  town_code: string | null;
  call_list: 0 | 1;
  notes: string;
  reviewed_on: string | null;
  archived: 0 | 1;
  created_at: string;
  updated_at: string;
}

/** A contact with its town's name (LEFT JOIN towns). */
export type ContactWithTown = ContactRow & { town_name: string | null };

/** Table -> its row type (src/core/db/row-types.test.ts compares each with the migrated schema). */
export interface Tables {
  contacts: ContactRow;
}
