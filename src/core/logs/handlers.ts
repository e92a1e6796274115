import { checkAnchors, checkPaperAnchor } from './anchors';
import type { AreaHandlers } from '../handler';
import { DomainError } from '../errors';
import { stmt } from '../db/sql';
import { readSettings } from '../settings/repo';
import { appendFor, assertNotFuture, replayOf } from '../incidents/service';
import { searchTextOf } from '../incidents/views';
import { verifyEntries } from './entries';
import { exportHeader, exportRows, toCsv, toXlsx } from './export';
import { exportFileName, fileStamp, XLSX_MIME } from '../exports/files';
import { listLog, SELECT_LOG, toLogItems, type LogRow } from './query';
import { tailMatches } from './search-index';
import { matchExpression, snippet } from './search-text';

const EXPORT_MAX_ROWS = 100_000;

export const logHandlers: AreaHandlers<'logs'> = {
  'logs.list': {
    kind: 'read',
    run: (input, ctx) => listLog(ctx.db, input.filter, input.limit ?? 100, input.cursor),
  },

  'logs.add': {
    kind: 'write',
    recordedBy: 'entries',
    run(input, ctx) {
      const prior = replayOf(ctx.db, input.clientKey, input.kind);
      if (prior) return { entryId: prior.id, replayed: true };
      const occurredAt = input.occurredAt ?? ctx.nowIso();
      assertNotFuture(occurredAt, ctx.now(), 'entry');
      const { id } = appendFor(ctx, {
        incidentId: null,
        kind: input.kind,
        occurredAt,
        data: input.data,
        clientKey: input.clientKey,
      });
      return { entryId: id, replayed: false };
    },
  },

  'logs.search': {
    kind: 'read',
    run(input, ctx) {
      const limit = input.limit ?? 50;
      const match = matchExpression(input.q);
      if (!match) throw new DomainError('invalid_input', 'errors.field.search_short');
      // Newest first: entries the index has not taken up yet (the newest), then the index,
      // which FTS5 walks backwards by rowid, stopping at the limit.
      const tail = tailMatches(ctx.db, input.q, limit + 1);
      const seqs = tail.concat(
        stmt<[string, number], { rowid: number }>(
          ctx.db,
          'SELECT rowid FROM entry_search WHERE entry_search MATCH ? ORDER BY rowid DESC LIMIT ?',
        )
          .all(match, limit + 1 - tail.length)
          .map((r) => r.rowid),
      );
      const page = seqs.slice(0, limit);
      if (page.length === 0) return { hits: [], more: false };
      const rows = ctx.db
        .prepare(`${SELECT_LOG} WHERE e.seq IN (${page.map(() => '?').join(',')}) ORDER BY e.seq DESC`)
        .all(...page) as LogRow[];
      const hits = toLogItems(ctx.db, rows).map((entry) => {
        const text = searchTextOf(entry.data, [entry.incidentNumber ?? '', entry.reason ?? '']).trim();
        return { entry, ...snippet(text, input.q, 90) };
      });
      return { hits, more: seqs.length > limit };
    },
  },

  'logs.verifyChain': {
    kind: 'read',
    run(_input, ctx) {
      const v = verifyEntries(ctx.db);
      const anchors = checkAnchors(ctx.db);
      return {
        ok: v.ok && anchors.mismatches.length === 0,
        checked: v.checked,
        firstBrokenId: v.firstBrokenId,
        firstBrokenSeq: v.firstBroken === null ? null : Number(v.firstBroken),
        anchorsChecked: anchors.checked,
        anchorMismatches: anchors.mismatches,
      };
    },
  },

  'logs.checkAnchor': {
    kind: 'read',
    run: (input, ctx) => checkPaperAnchor(ctx.db, input.seq, input.hash),
  },

  'logs.export': {
    kind: 'task',
    async run(input, ctx) {
      const db = ctx.services.database.current().read;
      const { items } = listLog(db, input.filter, EXPORT_MAX_ROWS);
      const s = readSettings(db);
      const locale = ctx.locale();
      const rows = exportRows(items.reverse(), locale, s.timeZone);
      const stamp = fileStamp(ctx.now(), s.timeZone);
      if (input.format === 'csv') {
        const csv = toCsv(exportHeader(locale), rows);
        return {
          fileName: exportFileName(locale, 'exportFile.logs', [stamp], 'csv'),
          mime: 'text/csv;charset=utf-8',
          base64: Buffer.from(csv, 'utf8').toString('base64'),
          rows: rows.length,
        };
      }
      const buf = await toXlsx(locale, rows);
      return {
        fileName: exportFileName(locale, 'exportFile.logs', [stamp], 'xlsx'),
        mime: XLSX_MIME,
        base64: buf.toString('base64'),
        rows: rows.length,
      };
    },
  },
};
