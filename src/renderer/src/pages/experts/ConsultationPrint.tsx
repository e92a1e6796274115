import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { toLocalText } from '../../components/localTime';
import { heading, paragraphs } from '../../print/paged/blocks';
import type { PagedBlock } from '../../print/paged/pack';
import { PrintDocument, sheetHead, signatureBlock } from '../../print/paged/PrintDocument';
import { hrefOf, navigate } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';

/**
 * `#/print/consultation/<id>`: the 会商纪要 on A4 — what kind of meeting, on what, when,
 * where, who chaired, what it concerned (incident, plan, drill); who took part with their
 * units and titles; each expert's opinion; the conclusions; what followed, with the
 * incident's steps that carried it out; and signature lines for the recorder and the chair.
 */
export function ConsultationPrint({ id, auto }: { id: string; auto: boolean }) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const settings = useApiQuery('settings.get', {});
  const q = useApiQuery('consultations.get', { id });
  const [printedAt] = useState(() => new Date().toISOString());

  const blocks = useMemo((): PagedBlock[] | null => {
    if (!settings.data || !q.data) return null;
    const c = q.data;
    const none = t('experts.print.none');
    const linked = [
      c.incident ? t('experts.print.incident', { number: c.incident.number, title: c.incident.title }) : null,
      c.plan ? t('experts.print.plan', { name: c.plan.name }) : null,
      c.drill ? t('experts.print.drill', { number: c.drill.number }) : null,
    ].filter((x): x is string => x !== null);
    return [
      sheetHead({
        bureau: settings.data.bureauName,
        title: t('experts.print.title'),
        meta: [t(`consultationKind.${c.kind}`), toLocalText(c.heldAt, tz)],
      }),
      {
        kind: 'node',
        key: 'facts',
        node: (
          <div className="dr-pg-line">
            <p className="dr-pg-line">{t('experts.print.subject', { subject: c.subject })}</p>
            <p className="dr-pg-line">
              {t('experts.print.when', { at: toLocalText(c.heldAt, tz), place: c.place || none })}
            </p>
            <p className="dr-pg-line">{t('experts.print.host', { host: c.host || none })}</p>
            {linked.length ? (
              <p className="dr-pg-line">{t('experts.print.about', { what: linked.join(t('logs.listSeparator')) })}</p>
            ) : null}
          </div>
        ),
      },
      {
        kind: 'table',
        key: 'participants',
        title: <h2 className="dr-pg-h2">{t('experts.print.participants')}</h2>,
        continuedTitle: <p className="dr-pg-line dr-pg-k">{t('experts.print.participantsContinued')}</p>,
        columns: [
          { title: t('experts.col.name'), width: '12%' },
          { title: t('experts.col.unit'), width: '22%' },
          { title: t('experts.col.title'), width: '14%' },
          { title: t('experts.print.opinion') },
        ],
        rows: c.participants.map((p, i) => ({
          key: `p${i}`,
          cells: [p.name, p.unit, p.title, p.opinion || none],
        })),
      },
      heading('h-conclusions', t('experts.print.conclusions')),
      ...paragraphs('conclusions', c.conclusions, none),
      heading('h-follow', t('experts.print.followUp')),
      ...paragraphs('follow', c.followUp, none),
      ...(c.followEntries.length
        ? [
            {
              kind: 'table' as const,
              key: 'entries',
              title: <p className="dr-pg-line dr-pg-k">{t('experts.print.entries')}</p>,
              columns: [
                { title: t('experts.print.entryAt'), width: '22%' },
                { title: t('experts.print.entryKind'), width: '14%' },
                { title: t('experts.print.entryText') },
              ],
              rows: c.followEntries.map((e) => ({
                key: e.id,
                cells: [
                  toLocalText(e.occurredAt, tz),
                  t(`kind.${e.kind}`, { defaultValue: e.kind }),
                  e.summary,
                ],
              })),
            },
          ]
        : []),
      signatureBlock('sign', [
        { role: t('experts.print.sign.recorder'), name: c.recordedBy },
        { role: t('experts.print.sign.host'), name: c.host },
        { role: t('experts.print.sign.date'), name: toLocalText(c.heldAt, tz).slice(0, 10) },
      ]),
    ];
  }, [settings.data, q.data, t, tz]);

  return (
    <PrintDocument
      testId="consultation-print"
      sheetTestId="consultation-sheet"
      blocks={blocks}
      error={q.error ?? settings.error}
      back={() => navigate(hrefOf('experts', ['consultations']))}
      auto={auto}
      footLeft={t('experts.print.foot', { subject: q.data?.subject ?? '' })}
      footRight={t('sheet.printedAt', { at: toLocalText(printedAt, tz) })}
    />
  );
}
