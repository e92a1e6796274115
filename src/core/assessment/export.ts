import type { BulletinView } from '../../common/contract/assessment';
import type { Locale } from '../../common/domain/roles';
import { label, type LabelKey } from '../../common/i18n/domain-labels';
import { formatLocal } from '../../common/time/zone';
import { addSheet, newWorkbook } from '../exports/files';

/** The subject's name in the reader's language (the room has no register name). */
export const subjectName = (locale: Locale, s: { kind: string; name: string }) =>
  s.kind === 'room' ? label(locale, 'assessmentSubject.room') : s.name;

/** A 通报 as XLSX: the indicator table per subject, then every named problem with its record. */
export async function bulletinXlsx(b: BulletinView, locale: Locale, tz: string): Promise<Buffer> {
  const wb = await newWorkbook(locale);
  const r = b.result;
  const indicators = [...new Set(r.subjects.flatMap((s) => s.indicators.map((i) => i.indicator)))];
  const scores = addSheet(wb, locale, 'exportSheet.bulletinScores');
  scores.addRow([
    label(locale, 'column.bulletin.subject'),
    label(locale, 'column.bulletin.kind'),
    ...indicators.map((i) => `${label(locale, `assessmentIndicator.${i}`)} (${r.scheme.weights[i]})`),
    label(locale, 'column.bulletin.total'),
  ]).font = { bold: true };
  scores.columns.forEach((c, i) => {
    c.width = i === 0 ? 28 : 14;
  });
  for (const s of r.subjects)
    scores.addRow([
      subjectName(locale, s),
      label(locale, `assessmentSubjectKind.${s.kind}`),
      ...indicators.map((i) => s.indicators.find((x) => x.indicator === i)?.score ?? ''),
      s.total,
    ]);
  const problems = addSheet(wb, locale, 'exportSheet.bulletinProblems');
  problems.addRow(
    (['subject', 'item', 'time', 'points', 'detail', 'link'] as const).map((k) => label(locale, `column.bulletin.${k}`)),
  ).font = { bold: true };
  [28, 20, 18, 8, 60, 20].forEach((w, i) => {
    problems.getColumn(i + 1).width = w;
  });
  const byKey = new Map(r.subjects.map((s) => [s.key, s]));
  for (const p of r.problems) {
    const s = byKey.get(p.subjectKey);
    problems.addRow([
      s ? subjectName(locale, s) : p.subjectKey,
      label(locale, `assessmentRule.${p.rule}`),
      formatLocal(new Date(p.at), tz),
      p.points,
      label(locale, p.sentence as LabelKey, p.params),
      typeof p.params.number === 'string' && p.params.number ? p.params.number : (p.ref?.id ?? ''),
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
