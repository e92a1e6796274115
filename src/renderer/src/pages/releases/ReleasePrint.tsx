import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { toLocalText } from '../../components/localTime';
import { heading, paragraphs } from '../../print/paged/blocks';
import type { PagedBlock } from '../../print/paged/pack';
import { PrintDocument, sheetHead, signatureBlock } from '../../print/paged/PrintDocument';
import { hrefOf, navigate } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { stepLine } from './ReleaseDetail';

/**
 * `#/print/release/<id>`: the 信息发布审批单 on A4 — the incident, the kind, the latest
 * version's text with its content hash, and every step of the approval chain with the
 * person and the time (drafts, internal review, 宣传部, release, correction, withdrawal).
 */
export function ReleasePrint({ id, auto }: { id: string; auto: boolean }) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const settings = useApiQuery('settings.get', {});
  const q = useApiQuery('releases.get', { id });
  const [printedAt] = useState(() => new Date().toISOString());

  const blocks = useMemo((): PagedBlock[] | null => {
    if (!settings.data || !q.data) return null;
    const r = q.data.release;
    const v = r.versions.at(-1)!;
    const none = t('releases.print.none');
    const versionOf = new Map(r.versions.map((x) => [x.n, x]));
    const rows = [
      ...r.versions.map((x) => ({
        at: x.createdAt,
        key: x.id,
        cells: [
          x.correction ? t('releases.chainCorrection', { n: x.n }) : t('releases.chainDraft', { n: x.n }),
          t('releases.versionN', { n: x.n }),
          x.author,
          toLocalText(x.createdAt, tz),
          x.correction ?? '',
        ],
      })),
      ...r.steps.map((s) => ({
        at: s.at,
        key: s.id,
        cells: [
          t(`releases.print.step.${s.step}`),
          s.version ? t('releases.versionN', { n: s.version }) : '—',
          stepLine(t, s),
          toLocalText(s.at, tz),
          [
            s.comments,
            s.contentHash && s.version && versionOf.get(s.version)
              ? t('releases.print.hash', { hash: s.contentHash.slice(0, 16) })
              : '',
          ]
            .filter(Boolean)
            .join(' '),
        ],
      })),
    ].sort((a, b) => a.at.localeCompare(b.at));
    const review = r.steps.findLast((s) => s.step === 'review');
    const approve = r.steps.findLast((s) => s.step === 'approve');
    const publish = r.steps.findLast((s) => s.step === 'publish');
    return [
      sheetHead({
        bureau: settings.data.bureauName,
        title: r.drillId ? `${t('drills.printMark')}${t('releases.print.title')}` : t('releases.print.title'),
        meta: [
          t(`releaseKind.${r.kind}`),
          t('releases.versionN', { n: v.n }),
          t('releases.print.stateNow', { state: t(`releaseState.${r.state}`) }),
        ],
      }),
      {
        kind: 'table',
        key: 'facts',
        columns: [{ title: '', width: '18%' }, { title: '' }],
        className: 'dr-pg-facts',
        rows: [
          {
            key: 'inc',
            cells: [
              { cell: t('releases.field.incident'), head: true },
              `${r.incidentNumber} ${r.incidentTitle}`,
            ],
          },
          { key: 'title', cells: [{ cell: t('releases.field.title'), head: true }, v.title] },
          {
            key: 'channels',
            cells: [
              { cell: t('releases.field.channels'), head: true },
              v.channels.map((c) => t(`releaseChannel.${c}`)).join(t('list.comma')),
            ],
          },
          {
            key: 'hash',
            cells: [{ cell: t('releases.field.hash'), head: true }, <code key="h">{v.contentHash}</code>],
          },
        ],
      },
      heading('h-facts', t('releases.field.facts')),
      ...paragraphs('facts', v.facts, none),
      heading('h-measures', t('releases.field.measures')),
      ...paragraphs('measures', v.measures, none),
      heading('h-advice', t('releases.field.advice')),
      ...paragraphs('advice', v.advice, none),
      {
        kind: 'table',
        key: 'chain',
        title: <h2 className="dr-pg-h2">{t('releases.chain')}</h2>,
        continuedTitle: <p className="dr-pg-line dr-pg-k">{t('releases.print.chainContinued')}</p>,
        columns: [
          { title: t('releases.print.col.step'), width: '15%' },
          { title: t('releases.col.version'), width: '9%' },
          { title: t('releases.print.col.who'), width: '32%' },
          { title: t('releases.print.col.at'), width: '17%' },
          { title: t('releases.print.col.comments') },
        ],
        rows: rows.map((x) => ({ key: x.key, cells: x.cells, testId: 'release-print-step' })),
      },
      signatureBlock('sign', [
        {
          role: t('releases.print.sign.review'),
          name: review
            ? review.post
              ? t('releases.print.reviewer', { who: review.who, post: t(`releasePost.${review.post}`) })
              : review.who
            : '',
          note: review ? toLocalText(review.at, tz) : undefined,
        },
        {
          role: t('releases.print.sign.approve'),
          name: approve?.who ?? '',
          note: approve ? toLocalText(approve.at, tz) : undefined,
        },
        {
          role: t('releases.print.sign.publish'),
          name: publish?.who ?? '',
          note: publish ? toLocalText(publish.at, tz) : undefined,
        },
      ]),
    ];
  }, [settings.data, q.data, t, tz]);

  const r = q.data?.release;
  return (
    <PrintDocument
      testId="release-print"
      sheetTestId="release-sheet"
      blocks={blocks}
      error={q.error ?? settings.error}
      back={() => navigate(hrefOf('releases', [id]))}
      auto={auto}
      notice={r?.drillId ? t('releases.print.drill') : undefined}
      footLeft={
        r ? t('releases.print.foot', { number: r.incidentNumber, kind: t(`releaseKind.${r.kind}`) }) : ''
      }
      footRight={t('sheet.printedAt', { at: toLocalText(printedAt, tz) })}
    />
  );
}
