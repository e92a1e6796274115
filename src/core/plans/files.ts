import { createHash } from 'node:crypto';
import { PLAN_FILE_MAX_BYTES, PLAN_FILE_MIMES } from '../../common/domain/plans';
import { stmt } from '../db/sql';
import type { ReadDb, WriteDb } from '../db/handles';
import { DomainError } from '../errors';
import type { PlanFileRow } from './rows';

const MB = 1024 * 1024;
const mbOf = (n: number) => (n / MB).toFixed(1);

/**
 * What the bytes are, by their content and not only the name: a PDF starts `%PDF-`; a
 * DOCX is a ZIP (`PK\3\4`) that holds `word/document.xml`. Anything else is refused.
 */
export function documentMime(fileName: string, bytes: Buffer): string {
  const ext = /\.([A-Za-z]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'pdf' && bytes.subarray(0, 5).toString('latin1') === '%PDF-') return PLAN_FILE_MIMES.pdf;
  if (
    ext === 'docx' &&
    bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) &&
    bytes.includes(Buffer.from('word/document.xml', 'latin1'))
  )
    return PLAN_FILE_MIMES.docx;
  throw new DomainError('invalid_input', 'errors.plan_file_type');
}

export function storePart(
  db: WriteDb,
  uploadId: string,
  index: number,
  data: Buffer,
  authorId: string | null,
  at: string,
) {
  // Parts left by an upload abandoned a day ago or more are dropped here, so none linger.
  stmt(db, `DELETE FROM plan_upload_parts WHERE at < ?`).run(
    new Date(Date.parse(at) - 86_400_000).toISOString(),
  );
  const sofar =
    stmt<[string, number], { n: number }>(
      db,
      'SELECT coalesce(sum(length(data)), 0) AS n FROM plan_upload_parts WHERE upload_id = ? AND idx <> ?',
    ).get(uploadId, index)!.n + data.length;
  if (sofar > PLAN_FILE_MAX_BYTES)
    throw new DomainError('invalid_input', 'errors.plan_file_too_big', {
      max: PLAN_FILE_MAX_BYTES / MB,
      size: mbOf(sofar),
    });
  stmt(
    db,
    `INSERT INTO plan_upload_parts (upload_id, idx, data, author_id, at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (upload_id, idx) DO UPDATE SET data = excluded.data, at = excluded.at`,
  ).run(uploadId, index, data, authorId, at);
  return sofar;
}

/** The parts 0..parts-1 joined, or a refusal naming the first one missing. */
export function joinParts(db: ReadDb, uploadId: string, parts: number): Buffer {
  const rows = stmt<[string], { idx: number; data: Buffer }>(
    db,
    'SELECT idx, data FROM plan_upload_parts WHERE upload_id = ? ORDER BY idx',
  ).all(uploadId);
  for (let i = 0; i < parts; i++)
    if (rows[i]?.idx !== i)
      throw new DomainError('invalid_input', 'errors.plan_upload_incomplete', { index: i + 1 });
  return Buffer.concat(rows.slice(0, parts).map((r) => r.data));
}

export function saveFile(
  db: WriteDb,
  uploadId: string,
  f: Omit<PlanFileRow, 'sha256' | 'size'>,
): PlanFileRow {
  if (f.content.length > PLAN_FILE_MAX_BYTES)
    throw new DomainError('invalid_input', 'errors.plan_file_too_big', {
      max: PLAN_FILE_MAX_BYTES / MB,
      size: mbOf(f.content.length),
    });
  const row: PlanFileRow = {
    ...f,
    size: f.content.length,
    sha256: createHash('sha256').update(f.content).digest('hex'),
  };
  stmt(
    db,
    `INSERT INTO plan_files (version_id, file_name, mime, size, sha256, content, uploaded_at, uploaded_by)
     VALUES (@version_id, @file_name, @mime, @size, @sha256, @content, @uploaded_at, @uploaded_by)
     ON CONFLICT (version_id) DO UPDATE SET file_name = excluded.file_name, mime = excluded.mime, size = excluded.size,
       sha256 = excluded.sha256, content = excluded.content, uploaded_at = excluded.uploaded_at, uploaded_by = excluded.uploaded_by`,
  ).run(row);
  stmt(db, 'DELETE FROM plan_upload_parts WHERE upload_id = ?').run(uploadId);
  return row;
}

export function fileOf(db: ReadDb, versionId: string): PlanFileRow | undefined {
  return stmt<[string], PlanFileRow>(db, 'SELECT * FROM plan_files WHERE version_id = ?').get(versionId);
}
