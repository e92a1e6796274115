import type { TFunction } from 'i18next';
import type { HandoverRecord, HandoverSheet } from '../../../../common/contract/handover';
import { correctedFieldLabel } from '../logs/entryFields';
import { toLocalText } from '../../components/localTime';
import { clip } from './format';

type SheetEntry = HandoverSheet['entries']['items'][number];
type SheetResponse = Pick<
  NonNullable<HandoverSheet['responses']>[number],
  'level' | 'since' | 'adjustedAt' | 'decidedBy' | 'document'
>;

/** How the host's summary of a correction joins its keys (incidents/views.ts summaryOf). */
const SUMMARY_SEPARATOR = /\u3001/;

/**
 * An entry's content as the sheet shows it, on screen and on paper. A correction names
 * the fields it changed by their labels and gives its reason, as the incident page does;
 * sheets signed before they kept the fields have only the keys in the summary.
 */
export function entryContent(t: TFunction, e: SheetEntry, max = 300): string {
  if (e.kind === 'correction') {
    const keys = e.fields ?? e.summary.split(SUMMARY_SEPARATOR).filter(Boolean);
    return clip(
      t('logs.list.correctionOf', {
        fields: keys.map((k) => correctedFieldLabel(t, k, e.correctsKind)).join(t('logs.listSeparator')),
        reason: e.reason ?? '',
      }),
      max,
    );
  }
  return clip(e.summary, max) + (e.corrected ? t('handover.corrected') : '');
}

/** A chain hash as printed: its first 16 hex digits in groups of four, easy to read off paper. */
export function shortHash(hash: string): string {
  return (hash.slice(0, 16).match(/.{1,4}/g) ?? []).join(' ');
}

/** How each item handed over was received: the incoming chief's receipt, or an older sheet's own ticks. */
export function receiptOf(
  sheet: HandoverSheet,
  record: HandoverRecord | null,
): Map<string, { received: boolean; note: string } | null> {
  const got = new Map(record?.receipt?.items.map((i) => [i.equipmentId, i]) ?? []);
  return new Map(
    sheet.items.map((i) => {
      const r = got.get(i.equipmentId);
      if (r) return [i.equipmentId, { received: r.received, note: r.note }];
      // Signed before receipt moved to the incoming chief: the sheet's own tick.
      if (i.received || i.explanation) return [i.equipmentId, { received: i.received, note: i.explanation }];
      return [i.equipmentId, null];
    }),
  );
}

/** The response's words for a sheet row: level and plan, since when, who decided and under which document. */
export function responseCells(t: TFunction, r: SheetResponse, tz: string) {
  const at = (iso: string | null) => toLocalText(iso, tz);
  return {
    level: t(`responseLevel.${r.level}`),
    since: r.adjustedAt
      ? t('handover.responseSinceAdjusted', { since: at(r.since), adjusted: at(r.adjustedAt) })
      : at(r.since),
    decided: r.document
      ? t('handover.responseDecidedDoc', { by: r.decidedBy, doc: r.document })
      : r.decidedBy,
  };
}

/** A row of 正在实施的应急响应: an incident's response, or a warning's (预警响应). */
export interface ResponseRow {
  key: string;
  on: { kind: 'incident' | 'warning'; id: string; text: string };
  planName: string;
  level: string;
  since: string;
  decided: string;
}

/**
 * The rows of 正在实施的应急响应, on screen and on paper: the incidents' responses, then
 * the warnings' — a warning's named as such, and marked 待终止 when it is over while its
 * response runs. Null when the sheet predates both lists.
 */
export function responseRows(t: TFunction, sheet: HandoverSheet): ResponseRow[] | null {
  if (!sheet.responses && !sheet.warningResponses) return null;
  const tz = sheet.timeZone;
  const incidents = (sheet.responses ?? []).map((r) => {
    const c = responseCells(t, r, tz);
    return {
      key: `i:${r.incidentId}`,
      on: { kind: 'incident' as const, id: r.incidentId, text: `${r.number} ${r.title}` },
      planName: r.planName,
      ...c,
    };
  });
  const warnings = (sheet.warningResponses ?? []).map((r) => {
    const c = responseCells(t, r, tz);
    return {
      key: `w:${r.warningId}`,
      on: {
        kind: 'warning' as const,
        id: r.warningId,
        text:
          t('handover.responseOnWarning', { headline: r.headline }) +
          (r.warningOver ? t('handover.responseWarningOver') : ''),
      },
      planName: r.planName,
      ...c,
    };
  });
  return [...incidents, ...warnings];
}
