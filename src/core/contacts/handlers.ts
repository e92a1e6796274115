import type { ContactInput } from '../../common/contract/contacts';
import { localDate } from '../../common/time/zone';
import type { AreaHandlers } from '../handler';
import type { ReadDb } from '../db/handles';
import { DomainError } from '../errors';
import { newId } from '../auth/secrets';
import { readSettings } from '../settings/repo';
import { checkTown } from '../facilities/repo';
import { exportFileName, fileStamp, XLSX_MIME } from '../exports/files';
import { contactsXlsx } from './export';
import {
  contactByUnitPerson,
  contactInputOf,
  contactRow,
  insertContact,
  listContacts,
  markReviewed,
  setContactArchived,
  toContactView,
  updateContact,
} from './repo';

/** What a line must have before it is stored: a town that exists, a phone, one line per unit and person. */
function check(db: ReadDb, id: string | undefined, e: ContactInput): void {
  checkTown(db, e.townCode);
  if (![e.dutyPhone, e.mobile, e.officePhone].some((p) => p.trim()))
    throw new DomainError('invalid_input', 'errors.contact_no_phone');
  const clash = contactByUnitPerson(db, e.unit.trim(), e.person.trim());
  if (clash && clash.id !== id)
    throw new DomainError('conflict', 'errors.contact_taken', { unit: e.unit.trim(), person: e.person.trim() });
}

export const contactHandlers: AreaHandlers<'contacts'> = {
  'contacts.list': { kind: 'read', run: (input, ctx) => listContacts(ctx.db, input) },

  'contacts.upsert': {
    kind: 'write',
    run(input, ctx) {
      const { id, ...fields } = input;
      check(ctx.db, id, fields);
      const at = ctx.nowIso();
      let conId = id;
      if (id) {
        const before = contactRow(ctx.db, id);
        if (!before) throw new DomainError('not_found', 'errors.contact_missing');
        updateContact(ctx.db, id, fields, at);
        ctx.changed('contact', id, contactInputOf(before), fields);
      } else {
        conId = newId('con');
        insertContact(ctx.db, conId, fields, at);
        ctx.changed('contact', conId, undefined, fields);
      }
      ctx.emit('contacts.changed', [conId!]);
      return toContactView(contactRow(ctx.db, conId!)!);
    },
  },

  'contacts.archive': {
    kind: 'write',
    run(input, ctx) {
      const before = contactRow(ctx.db, input.id);
      if (!before) throw new DomainError('not_found', 'errors.contact_missing');
      setContactArchived(ctx.db, input.id, input.archived, ctx.nowIso());
      ctx.changed('contact', input.id, { archived: before.archived === 1 }, { archived: input.archived });
      ctx.emit('contacts.changed', [input.id]);
      return toContactView(contactRow(ctx.db, input.id)!);
    },
  },

  'contacts.review': {
    kind: 'write',
    run(input, ctx) {
      const ids = [...new Set(input.ids)];
      // All or none: a list with an unknown or archived line changes nothing.
      for (const id of ids) {
        const r = contactRow(ctx.db, id);
        if (!r || r.archived === 1) throw new DomainError('not_found', 'errors.contact_missing');
      }
      const today = localDate(ctx.now(), readSettings(ctx.db).timeZone);
      const at = ctx.nowIso();
      for (const id of ids) {
        const before = contactRow(ctx.db, id)!.reviewed_on;
        markReviewed(ctx.db, id, today, at);
        ctx.changed('contact', id, { reviewedOn: before }, { reviewedOn: today });
      }
      ctx.emit('contacts.changed', ids);
      return { reviewed: ids.length };
    },
  },

  'contacts.export': {
    kind: 'task',
    async run(input, ctx) {
      const db = ctx.services.database.current().read;
      const items = listContacts(db, { includeArchived: input.includeArchived ?? false });
      const locale = ctx.locale();
      const buf = await contactsXlsx(items, locale);
      return {
        fileName: exportFileName(
          locale,
          'exportFile.contacts',
          [fileStamp(ctx.now(), readSettings(db).timeZone)],
          'xlsx',
        ),
        mime: XLSX_MIME,
        base64: buf.toString('base64'),
        rows: items.length,
      };
    },
  },
};
