import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationView } from '../../../../common/contract/review';
import { REPORT_SECTIONS, SECTION_PHASES, type ReportSection } from '../../../../common/domain/review';
import { useApiQuery } from '../../api/hooks';
import { toLocalText } from '../../components/localTime';
import { hrefOf, navigate } from '../../router/hash';
import { formatDateTime } from '../../time/format';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { heading } from '../../print/paged/blocks';
import type { PagedBlock } from '../../print/paged/pack';
import { PrintDocument, sheetHead, signatureBlock } from '../../print/paged/PrintDocument';
import { namesText } from '../roster/format';
import { domainText, percentText } from './format';

/** A text as paragraphs, each its own block, so a long opinion flows onto the next page. */
const paragraphs = (key: string, text: string, empty: string): PagedBlock[] => {
  const parts = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (parts.length ? parts : [empty]).map((p, i) => ({
    kind: 'node',
    key: `${key}-${i}`,
    node: <p className="dr-pg-line dr-pg-pre">{p}</p>,
  }));
};

/**
 * `#/print/evaluation/<drillId>`: the 演练评估报告, assembled from the record under the six
 * headings of the 2013 办法 第二十三条: each heading carries the evaluators' words, the scores
 * of the phases it concerns and the items that fell short; the first the drill's course
 * and observations, the last the findings and their 整改.
 */
export function EvaluationPrint({ drillId, auto }: { drillId: string; auto: boolean }) {
  const tz = useRoomTimeZone();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const settings = useApiQuery('settings.get', {});
  const view = useApiQuery('evaluations.get', { drillId });
  const [printedAt] = useState(() => new Date().toISOString());

  const blocks = useMemo((): PagedBlock[] | null => {
    if (!settings.data || !view.data) return null;
    const v: EvaluationView = view.data;
    const fmt = (iso: string | null) => formatDateTime(iso, lang, tz);
    const s = v.score;
    const num = 'dr-pg-num';
    const byKey = new Map(v.scores.map((x) => [x.key, x]));
    const gradeText = (key: string) => {
      const x = byKey.get(key);
      const it = v.items.find((i) => i.key === key)!;
      if (!x) return '—';
      return it.scale === 'grade' && x.grade ? t(`grade.${x.grade}`) : `${x.points ?? '—'}/${it.points}`;
    };
    const shortfalls = (section: ReportSection) =>
      v.items.filter((it) => {
        if (!SECTION_PHASES[section].includes(it.phase)) return false;
        const x = byKey.get(it.key);
        return x ? (it.scale === 'grade' ? x.grade !== 'met' : (x.points ?? 0) < it.points) : false;
      });
    const phaseTable = (key: string, phases: readonly string[]): PagedBlock => ({
      kind: 'table',
      key,
      columns: [
        { title: t('review.print.phase'), width: '30%' },
        { title: t('review.print.percent'), width: '14%', className: num },
        { title: t('review.print.grade') },
      ],
      rows: s.phases
        .filter((p) => phases.includes(p.phase))
        .map((p) => ({
          key: p.phase,
          cells: [t(`evaluationPhase.${p.phase}`), percentText(p.percent), t('review.score.counts', p)],
        })),
    });
    const shortfallBlocks = (section: ReportSection): PagedBlock[] => {
      const items = shortfalls(section);
      if (items.length === 0) return paragraphs(`${section}-ok`, t('review.print.allMet'), '');
      return [
        {
          kind: 'table',
          key: `${section}-short`,
          title: <p className="dr-pg-line dr-pg-k">{t('review.print.shortfalls')}</p>,
          columns: [
            { title: t('review.print.item'), width: '34%' },
            { title: t('review.print.grade'), width: '14%' },
            { title: t('review.print.note') },
          ],
          rows: items.map((it) => ({
            key: it.key,
            cells: [
              `${t(`evaluationPhase.${it.phase}`)} · ${it.label}`,
              gradeText(it.key),
              byKey.get(it.key)?.note ?? '',
            ],
          })),
        },
      ];
    };
    const none = t('review.print.noText');
    const sectionBlocks = (section: ReportSection): PagedBlock[] => {
      const head = heading(`h-${section}`, t(`reportSection.${section}`));
      const words = paragraphs(`${section}-text`, v.sections[section], none);
      if (section === 'execution')
        return [
          head,
          ...words,
          ...paragraphs('onsite', t('review.print.onsite', { text: v.onsiteComment.trim() || none }), none),
          ...paragraphs('self', t('review.print.self', { text: v.selfAssessment.trim() || none }), none),
          phaseTable(
            'phases-all',
            s.phases.map((p) => p.phase),
          ),
          {
            kind: 'table',
            key: 'observations',
            title: <p className="dr-pg-line dr-pg-k">{t('review.print.observations')}</p>,
            empty: <p className="dr-pg-none">{t('review.obs.empty')}</p>,
            columns: [
              { title: t('review.obs.at'), width: '20%', className: num },
              { title: t('review.obs.phase'), width: '18%' },
              { title: t('review.obs.text') },
            ],
            rows: v.observations.map((o) => ({
              key: o.id,
              cells: [fmt(o.observedAt), o.phase ? t(`evaluationPhase.${o.phase}`) : '—', o.text],
            })),
          },
        ];
      if (section === 'suggestions')
        return [
          head,
          ...words,
          {
            kind: 'table',
            key: 'findings',
            title: <p className="dr-pg-line dr-pg-k">{t('review.print.findings')}</p>,
            empty: <p className="dr-pg-none">{t('review.print.noFindings')}</p>,
            columns: [
              { title: t('review.col.number'), width: '13%', className: num },
              { title: t('review.col.category'), width: '8%' },
              { title: t('review.col.finding') },
              { title: t('review.col.ownerUnit'), width: '18%' },
              { title: t('review.col.dueDate'), width: '13%', className: num },
              { title: t('review.col.status'), width: '10%' },
            ],
            rows: v.rectifications.map((r) => ({
              key: r.id,
              className: r.overdue ? 'dr-pg-late' : undefined,
              cells: [
                r.number,
                t(`rectificationCategory.${r.category}`),
                r.measures
                  ? t('review.print.findingWithMeasures', { finding: r.finding, measures: r.measures })
                  : r.finding,
                r.ownerUnit,
                r.dueDate,
                r.overdue ? t('review.rect.overdue') : t(`rectificationStatus.${r.status}`),
              ],
            })),
          },
        ];
      return [
        head,
        ...words,
        phaseTable(`${section}-phases`, SECTION_PHASES[section]),
        ...shortfallBlocks(section),
      ];
    };
    const lead = v.evaluators.filter((e) => e.role === 'lead');
    const members = v.evaluators.filter((e) => e.role === 'member');
    return [
      sheetHead({
        bureau: settings.data.bureauName,
        title: t('review.print.title'),
        meta: [
          t('review.print.drill', { title: v.drill.title }),
          t('review.print.form', { form: v.drill.form }),
          t('review.print.domain', { domain: domainText(t, v.drill.domain, v.drill.domainCode) }),
        ],
      }),
      ...paragraphs(
        'times',
        t('review.print.times', { start: fmt(v.drill.startedAt), end: fmt(v.drill.endedAt) }),
        '',
      ),
      ...paragraphs(
        'evaluators',
        t('review.print.evaluators', {
          names:
            v.evaluators
              .map((e) => [e.name, e.unit, t(`evaluatorRole.${e.role}`)].filter(Boolean).join(' '))
              .join(t('form.issueSeparator')) || none,
        }),
        '',
      ),
      {
        kind: 'node',
        key: 'result',
        node: (
          <p className="dr-pg-line dr-pg-strong" data-testid="report-result">
            <strong>
              {t('review.print.result', {
                percent: percentText(s.percent),
                earned: s.earned,
                possible: s.possible,
                met: s.met,
                partly: s.partly,
                notMet: s.notMet,
              })}
            </strong>
            {v.status === 'submitted' ? null : ` ${t('review.print.draft')}`}
          </p>
        ),
      },
      ...REPORT_SECTIONS.flatMap(sectionBlocks),
      signatureBlock('sign', [
        {
          role: t('review.print.sign.lead'),
          name: namesText(
            t,
            lead.map((e) => e.name),
          ),
        },
        {
          role: t('review.print.sign.members'),
          name: namesText(
            t,
            members.map((e) => e.name),
          ),
        },
        { role: t('review.print.sign.date'), name: v.submittedAt ? fmt(v.submittedAt).slice(0, 10) : '' },
      ]),
    ];
  }, [settings.data, view.data, tz, t, lang]);

  return (
    <PrintDocument
      testId="evaluation-print"
      sheetTestId="evaluation-sheet"
      blocks={blocks}
      error={view.error ?? settings.error}
      back={() => navigate(hrefOf('review', ['evaluation', drillId]))}
      hint={t('review.print.hint')}
      auto={auto}
      footLeft={t('review.print.foot', { title: view.data?.drill.title ?? '' })}
      footRight={t('sheet.printedAt', { at: toLocalText(printedAt, tz) })}
    />
  );
}
