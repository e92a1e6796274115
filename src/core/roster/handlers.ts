import { nextShift } from '../../common/shifts';
import type { AreaHandlers } from '../handler';
import { DomainError } from '../errors';
import { newId } from '../auth/secrets';
import { stmt } from '../db/sql';
import { patternVersions, shiftAtInstant, timeZoneOf } from '../shifts/repo';
import { changesOfMonth, contactRow, crewAt, listContacts, peopleIndex, toContact } from './repo';
import { rosterXlsx } from './export';
import { exportFileName, fileStamp, XLSX_MIME } from '../exports/files';
import {
  copyMonth,
  fillByPattern,
  replacePerson,
  rosterOfMonth,
  rosterShiftOf,
  shiftOrThrow,
  swapPeople,
  writeCrew,
} from './service';
import type { ContactRow } from './rows';

export const rosterHandlers: AreaHandlers<'roster'> = {
  'roster.get': {
    kind: 'read',
    run(input, ctx) {
      const { shifts, people } = rosterOfMonth(ctx.db, input.month);
      return { month: input.month, shifts, people, changes: changesOfMonth(ctx.db, input.month) };
    },
  },

  'roster.set': {
    kind: 'write',
    run(input, ctx) {
      const s = shiftOrThrow(ctx.db, input.key);
      const before = crewAt(ctx.db, s.key);
      const crew = { leader: input.leaderId, chief: input.chiefId, officers: input.officerIds };
      const reason = input.reason?.trim() ?? '';
      const now = new Set([crew.leader, crew.chief, ...crew.officers]);
      const removed = [before.leader, before.chief, ...before.officers].some((id) => id && !now.has(id));
      if (writeCrew(ctx, s, crew, reason && removed ? 'replace' : 'set', reason))
        ctx.emit('roster.changed', [s.key]);
      return rosterShiftOf(ctx.db, s);
    },
  },

  'roster.fill': {
    kind: 'write',
    run(input, ctx) {
      const r = fillByPattern(ctx, input);
      ctx.emit('roster.changed');
      return r;
    },
  },

  'roster.copyMonth': {
    kind: 'write',
    run(input, ctx) {
      const r = copyMonth(ctx, input.month, input.fromMonth, input.overwrite);
      ctx.emit('roster.changed');
      return r;
    },
  },

  'roster.swap': {
    kind: 'write',
    run(input, ctx) {
      const [a, b] = swapPeople(ctx, input.a, input.b, input.reason.trim());
      ctx.emit('roster.changed', [a.key, b.key]);
      const people = peopleIndex(ctx.db);
      return { a: rosterShiftOf(ctx.db, a, people), b: rosterShiftOf(ctx.db, b, people) };
    },
  },

  'roster.replace': {
    kind: 'write',
    run(input, ctx) {
      const s = replacePerson(ctx, input.key, input.personId, input.withId, input.reason.trim());
      ctx.emit('roster.changed', [s.key]);
      return rosterShiftOf(ctx.db, s);
    },
  },

  'roster.onDuty': {
    kind: 'read',
    run(input, ctx) {
      const at = input.at ? new Date(input.at) : ctx.now();
      const now = shiftAtInstant(ctx.db, at);
      const next = nextShift(patternVersions(ctx.db), timeZoneOf(ctx.db), now);
      const people = peopleIndex(ctx.db);
      return { now: rosterShiftOf(ctx.db, now, people), next: rosterShiftOf(ctx.db, next, people) };
    },
  },

  'roster.export': {
    kind: 'task',
    async run(input, ctx) {
      const db = ctx.services.database.current().read;
      const { shifts } = rosterOfMonth(db, input.month);
      const locale = ctx.locale();
      const tz = timeZoneOf(db);
      const stamp = fileStamp(ctx.now(), tz);
      const buf = await rosterXlsx(shifts, locale, tz, input.month);
      return {
        fileName: exportFileName(locale, 'exportFile.roster', [input.month, stamp], 'xlsx'),
        mime: XLSX_MIME,
        base64: buf.toString('base64'),
        rows: shifts.length,
      };
    },
  },

  'roster.contacts': {
    kind: 'read',
    run: (input, ctx) => listContacts(ctx.db, input.includeInactive ?? false),
  },

  'roster.saveContact': {
    kind: 'write',
    run(input, ctx) {
      const at = ctx.nowIso();
      const { id, ...fields } = input;
      const row: ContactRow = {
        id: id ?? newId('ct'),
        name: fields.name.trim(),
        phone: fields.phone.trim(),
        unit: fields.unit.trim(),
        post: fields.post.trim(),
        role: fields.role,
        active: fields.active ? 1 : 0,
        created_at: at,
        updated_at: at,
      };
      const before = id ? contactRow(ctx.db, id) : undefined;
      if (id && !before) throw new DomainError('not_found', 'errors.contact_missing');
      if (before) {
        stmt(
          ctx.db,
          `UPDATE roster_contacts SET name=@name, phone=@phone, unit=@unit, post=@post, role=@role, active=@active, updated_at=@updated_at WHERE id=@id`,
        ).run(row);
      } else {
        stmt(
          ctx.db,
          `INSERT INTO roster_contacts (id, name, phone, unit, post, role, active, created_at, updated_at)
           VALUES (@id, @name, @phone, @unit, @post, @role, @active, @created_at, @updated_at)`,
        ).run(row);
      }
      const after = contactRow(ctx.db, row.id)!;
      ctx.changed('contact', row.id, before ? toContact(before) : undefined, toContact(after));
      ctx.emit('roster.changed');
      return toContact(after);
    },
  },
};
