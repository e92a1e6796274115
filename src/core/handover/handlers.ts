import type { HandoverListItem } from '../../common/contract/handover';
import { nextShift } from '../../common/shifts';
import type { AreaHandlers } from '../handler';
import { DomainError } from '../errors';
import { stmt } from '../db/sql';
import { crewAt, peopleIndex } from '../roster/repo';
import { patternVersions, timeZoneOf } from '../shifts/repo';
import { shiftOrThrow } from '../roster/service';
import { handoverById, handoverByShift, recordOf, verifyHandovers } from './repo';
import { amend, saveFields, shiftFor, viewOf } from './service';
import { sign } from './sign';
import type { HandoverRow } from './rows';

export const handoverHandlers: AreaHandlers<'handover'> = {
  'handover.draft': {
    kind: 'read',
    run(input, ctx) {
      const now = ctx.now();
      const shift = shiftFor(ctx.db, input.shiftKey, now);
      return viewOf(ctx.db, handoverByShift(ctx.db, shift.key), shift, now, ctx.locale());
    },
  },

  'handover.get': {
    kind: 'read',
    run(input, ctx) {
      const row = handoverById(ctx.db, input.id);
      if (!row) throw new DomainError('not_found', 'errors.handover_missing');
      const shift = shiftOrThrow(ctx.db, row.shift_key);
      // The shift as recorded: a later pattern change does not move a handed-over shift.
      return viewOf(
        ctx.db,
        row,
        { ...shift, start: row.shift_start, end: row.shift_end },
        ctx.now(),
        ctx.locale(),
      );
    },
  },

  'handover.save': {
    kind: 'write',
    run(input, ctx) {
      const now = ctx.now();
      const shift = shiftFor(ctx.db, input.shiftKey, now);
      const row = saveFields(ctx, shift, input);
      ctx.emit('handover.changed', [row.id]);
      return viewOf(ctx.db, row, shift, now, ctx.locale());
    },
  },

  'handover.sign': {
    kind: 'write',
    run(input, ctx) {
      const now = ctx.now();
      const shift = shiftFor(ctx.db, input.shiftKey, now);
      const row = sign(ctx, shift, input);
      ctx.emit('handover.changed', [row.id]);
      return viewOf(ctx.db, row, shift, now, ctx.locale());
    },
  },

  'handover.amend': {
    kind: 'write',
    run(input, ctx) {
      const now = ctx.now();
      const shift = shiftFor(ctx.db, input.shiftKey, now);
      const row = amend(ctx, shift, input.clientKey, input.text);
      ctx.emit('handover.changed', [row.id]);
      return viewOf(ctx.db, row, shift, now, ctx.locale());
    },
  },

  'handover.list': {
    kind: 'read',
    run(input, ctx) {
      const w: string[] = [];
      const p: unknown[] = [];
      if (input.fromDate) {
        w.push('shift_key >= ?');
        p.push(input.fromDate);
      }
      if (input.toDate) {
        w.push('shift_key < ?');
        p.push(`${input.toDate}-z`);
      }
      if (input.status) {
        w.push('status = ?');
        p.push(input.status);
      }
      const where = w.length ? `WHERE ${w.join(' AND ')}` : '';
      const total = (
        ctx.db.prepare(`SELECT count(*) AS n FROM handovers ${where}`).get(...p) as { n: number }
      ).n;
      const rows = ctx.db
        .prepare(
          `SELECT id, shift_key, shift_start, shift_end, status, signed_at, snapshot_json IS NOT NULL AS frozen,
                  json_extract(snapshot_json, '$.entries.total') AS entries,
                  json_array_length(snapshot_json, '$.unfinished') AS unfinished,
                  json_extract(snapshot_json, '$.outgoing.chief.name') AS out_chief,
                  json_extract(snapshot_json, '$.incoming.chief.name') AS in_chief,
                  json_extract(snapshot_json, '$.outgoing.leader.name') AS leader
             FROM handovers ${where} ORDER BY shift_start DESC LIMIT ? OFFSET ?`,
        )
        .all(...p, input.limit ?? 50, input.offset ?? 0) as (Pick<
        HandoverRow,
        'id' | 'shift_key' | 'shift_start' | 'shift_end' | 'status' | 'signed_at'
      > & {
        frozen: number;
        entries: number | null;
        unfinished: number | null;
        out_chief: string | null;
        in_chief: string | null;
        leader: string | null;
      })[];
      const people = peopleIndex(ctx.db);
      const versions = patternVersions(ctx.db);
      const tz = timeZoneOf(ctx.db);
      const nameOf = (id: string | null) => (id ? (people.get(id)?.name ?? '') : '');
      const items: HandoverListItem[] = rows.map((r) => {
        const rec = recordOf(ctx.db, { id: r.id } as HandoverRow);
        const signed = (role: string) => rec.signatures.find((s) => s.role === role)?.name;
        let outgoing = signed('outgoing') ?? r.out_chief ?? '';
        let incoming = signed('incoming') ?? r.in_chief ?? '';
        let leader = signed('leader') ?? r.leader ?? '';
        let entries = r.entries ?? 0;
        if (!r.frozen) {
          // A draft: the roster's people and the log's count as they stand.
          const here = crewAt(ctx.db, r.shift_key);
          const shift = shiftOrThrow(ctx.db, r.shift_key);
          outgoing = nameOf(here.chief);
          leader = nameOf(here.leader);
          incoming = nameOf(crewAt(ctx.db, nextShift(versions, tz, shift).key).chief);
          entries = stmt<[string, string], { n: number }>(
            ctx.db,
            'SELECT count(*) AS n FROM entries WHERE occurred_at >= ? AND occurred_at < ?',
          ).get(r.shift_start, r.shift_end)!.n;
        }
        return {
          id: r.id,
          shiftKey: r.shift_key,
          start: r.shift_start,
          end: r.shift_end,
          status: r.status,
          outgoing,
          incoming,
          leader,
          signedAt: r.signed_at,
          entries,
          unfinished: r.unfinished ?? 0,
          amendments: rec.amendments.length,
        };
      });
      return { items, total };
    },
  },

  'handover.verifyChain': {
    kind: 'read',
    run: (_input, ctx) => verifyHandovers(ctx.db),
  },
};
