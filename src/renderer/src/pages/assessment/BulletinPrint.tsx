import { useMemo, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../../common/contract/assessment';
import { INDICATORS } from '../../../../common/domain/assessment';
import { useApiQuery } from '../../api/hooks';
import { toLocalText } from '../../components/localTime';
import { heading, paragraphs } from '../../print/paged/blocks';
import type { PagedBlock } from '../../print/paged/pack';
import { PrintDocument, sheetHead, signatureBlock } from '../../print/paged/PrintDocument';
import { hrefOf, navigate } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { periodText, problemText, subjectText } from './periods';
import { overviewParams } from './ResultsTab';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/;
const MARK = '\u0001';

/**
 * A problem's sentence for the sheet, its dates and times kept on one line: a narrow column
 * otherwise breaks 2026-11-01 after its hyphen, leaving "01 08:30" alone on the next line.
 */
export function problemCell(t: TFunction, p: Pick<Problem, 'sentence' | 'params'>): ReactNode[] {
  const dates: string[] = [];
  const params = Object.fromEntries(
    Object.entries(p.params).map(([k, v]) =>
      typeof v === 'string' && DATE_TIME.test(v) ? [k, `${MARK}${dates.push(v) - 1}${MARK}`] : [k, v],
    ),
  );
  return problemText(t, { sentence: p.sentence, params })
    .split(MARK)
    .map((s, i) =>
      i % 2 ? (
        <span key={i} style={{ whiteSpace: 'nowrap' }}>
          {dates[Number(s)]}
        </span>
      ) : (
        s
      ),
    );
}

/**
 * `#/print/bulletin/<id>`: the 考核通报 on A4 — overview, the indicator table per subject
 * with scores, the named problems (unit, item, time, record), good practice,
 * requirements, amendments, signed and dated, with the issued checksum in the foot.
 */
export function BulletinPrint({ id, auto }: { id: string; auto: boolean }) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const settings = useApiQuery('settings.get', {});
  const q = useApiQuery('bulletins.get', { id });
  const [printedAt] = useState(() => new Date().toISOString());

  const blocks = useMemo((): PagedBlock[] | null => {
    if (!settings.data || !q.data) return null;
    const b = q.data;
    const r = b.result;
    const none = t('bulletins.print.none');
    const period = periodText(t, b.period);
    const indicators = INDICATORS.filter((i) => r.subjects.some((s) => s.indicators.some((x) => x.indicator === i)));
    const names = new Map(r.subjects.map((s) => [s.key, subjectText(t, s)]));
    const [year, n] = (b.number ?? '').split('-');
    return [
      sheetHead({
        bureau: settings.data.bureauName,
        title: t('bulletins.print.title'),
        meta: [b.number ? t('bulletins.print.number', { year, n }) : t('bulletins.print.draft'), period],
      }),
      heading('h-overview', t('bulletins.print.overview')),
      {
        kind: 'node',
        key: 'overview',
        node: (
          <div>
            <p className="dr-pg-line">{t('bulletins.print.overviewText', { period, ...overviewParams(r) })}</p>
            <p className="dr-pg-line">
              {t('bulletins.print.scheme', {
                scheme:
                  r.schemeVersion === null
                    ? t('assessment.scheme.default')
                    : t('assessment.scheme.version', { version: r.schemeVersion }),
              })}
            </p>
          </div>
        ),
      },
      {
        kind: 'table',
        key: 'scores',
        title: <h2 className="dr-pg-h2">{t('bulletins.print.scores')}</h2>,
        continuedTitle: <p className="dr-pg-line dr-pg-k">{t('bulletins.print.scoresContinued')}</p>,
        columns: [
          { title: t('assessment.col.subject'), width: '24%' },
          ...indicators.map((i) => ({ title: t('assessment.indicatorHead', { name: t(`assessmentIndicator.${i}`), weight: r.scheme.weights[i] }) })),
          { title: t('assessment.col.total'), width: '10%' },
        ],
        rows: r.subjects.map((s) => ({
          key: s.key,
          cells: [
            subjectText(t, s),
            ...indicators.map((i) => {
              const x = s.indicators.find((y) => y.indicator === i);
              return x ? String(x.score) : t('assessment.notApplicable');
            }),
            String(s.total),
          ],
        })),
      },
      ...(r.problems.length
        ? [
            {
              kind: 'table' as const,
              key: 'problems',
              title: <h2 className="dr-pg-h2">{t('bulletins.print.problems')}</h2>,
              continuedTitle: <p className="dr-pg-line dr-pg-k">{t('bulletins.print.problemsContinued')}</p>,
              columns: [
                { title: t('assessment.col.subject'), width: '18%' },
                { title: t('assessment.col.item'), width: '16%' },
                { title: t('assessment.col.time'), width: '17%' },
                { title: t('assessment.col.points'), width: '7%' },
                { title: t('assessment.col.problem') },
              ],
              rows: r.problems.map((p, i) => ({
                key: `p${i}`,
                cells: [
                  names.get(p.subjectKey) ?? p.subjectKey,
                  t(`assessmentRule.${p.rule}`),
                  toLocalText(p.at, tz),
                  `−${p.points}`,
                  problemCell(t, p),
                ],
              })),
            },
          ]
        : [
            heading('h-problems', t('bulletins.print.problems')),
            ...paragraphs('no-problems', t('bulletins.print.noProblems'), none),
          ]),
      heading('h-good', t('bulletins.print.goodPractice')),
      ...paragraphs('good', b.goodPractice, none),
      heading('h-req', t('bulletins.print.requirements')),
      ...paragraphs('req', b.requirements, none),
      ...(b.amendments.length
        ? [
            heading('h-amend', t('bulletins.print.amendments')),
            ...b.amendments.map(
              (a): PagedBlock => ({
                kind: 'node',
                key: a.id,
                node: (
                  <p className="dr-pg-line dr-pg-pre">
                    {t('bulletins.print.amendment', { at: toLocalText(a.at, tz), by: a.authorName, text: a.text })}
                  </p>
                ),
              }),
            ),
          ]
        : []),
      signatureBlock('sign', [
        { role: t('bulletins.print.sign.issuer'), name: b.issuedBy ?? '' },
        { role: t('bulletins.print.sign.date'), name: b.issuedAt ? toLocalText(b.issuedAt, tz).slice(0, 10) : '' },
      ]),
    ];
  }, [settings.data, q.data, t, tz]);

  const hash = q.data?.hash;
  return (
    <PrintDocument
      testId="bulletin-print"
      sheetTestId="bulletin-sheet"
      blocks={blocks}
      error={q.error ?? settings.error}
      back={() => navigate(hrefOf('assessment', ['bulletins']))}
      auto={auto}
      notice={q.data?.status === 'draft' ? t('bulletins.print.draft') : undefined}
      footLeft={
        hash
          ? `${t('bulletins.print.foot', { period: q.data ? periodText(t, q.data.period) : '' })} · ${t('bulletins.print.hash', { hash: hash.slice(0, 16) })}`
          : t('bulletins.print.foot', { period: q.data ? periodText(t, q.data.period) : '' })
      }
      footRight={t('sheet.printedAt', { at: toLocalText(printedAt, tz) })}
    />
  );
}
