import { useMemo, useState } from 'react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { toLocalText } from '../../components/localTime';
import { hrefOf, navigate } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';
import type { PagedBlock } from '../../print/paged/pack';
import { PrintDocument, sheetHead } from '../../print/paged/PrintDocument';
import { domainText, percentText } from './format';

/**
 * `#/print/campaignSummary/<campaignId>`: the campaign's 总结报告 — an overview table per
 * domain, then under one heading a section per domain: its problems found and the
 * evaluators' suggestions.
 */
export function CampaignSummaryPrint({ campaignId, auto }: { campaignId: string; auto: boolean }) {
  const tz = useRoomTimeZone();
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  const campaigns = useApiQuery('drills.campaigns', {});
  const summary = useApiQuery('evaluations.summary', { campaignId });
  const [printedAt] = useState(() => new Date().toISOString());
  const campaign = campaigns.data?.campaigns.find((c) => c.id === campaignId);

  const blocks = useMemo((): PagedBlock[] | null => {
    if (!settings.data || !summary.data || !campaign) return null;
    const none = <p className="dr-pg-none">{t('review.print.summaryNone')}</p>;
    const name = (d: (typeof summary.data.domains)[number]) => domainText(t, d.name, d.code);
    return [
      sheetHead({
        bureau: settings.data.bureauName,
        title: t('review.print.summaryTitle'),
        meta: [t('review.print.summaryMeta', { title: campaign.title, deadline: campaign.deadline })],
      }),
      {
        kind: 'table',
        key: 'overview',
        title: <h2 className="dr-pg-h2">{t('review.print.summaryOverview')}</h2>,
        columns: [
          { title: t('review.summary.domain'), width: '24%' },
          { title: t('review.summary.drills'), width: '9%', className: 'dr-pg-num' },
          { title: t('review.summary.ended'), width: '9%', className: 'dr-pg-num' },
          { title: t('review.summary.evaluated'), width: '9%', className: 'dr-pg-num' },
          { title: t('review.summary.average'), width: '11%', className: 'dr-pg-num' },
          { title: t('review.summary.findings') },
          { title: t('review.summary.rect'), width: '18%' },
        ],
        rows: summary.data.domains.map((d) => ({
          key: d.domainId ?? '',
          className: d.rectifications.overdue ? 'dr-pg-late' : undefined,
          cells: [
            <>
              {name(d)}
              <div className="dr-pg-small">{[d.leadLeader, d.leadUnit].filter(Boolean).join(' ')}</div>
            </>,
            d.drills,
            d.ended,
            d.evaluated,
            percentText(d.averagePercent),
            d.findings
              .map((f) => `${t(`rectificationCategory.${f.category}`)} ${f.count}`)
              .join(t('form.issueSeparator')),
            t('review.summary.rectCell', d.rectifications),
          ],
        })),
      },
      // One heading for the findings, then a section per domain: its problems and its
      // suggestions, or one line when a domain has neither.
      {
        kind: 'node',
        key: 'by-domain',
        node: <h2 className="dr-pg-h2">{t('review.print.summaryByDomain')}</h2>,
      },
      ...summary.data.domains.flatMap((d, n): PagedBlock[] => {
        const key = d.domainId ?? String(n);
        const head: PagedBlock = {
          kind: 'node',
          key: `domain-${key}`,
          keepWithPrevious: n === 0,
          node: (
            <h3 className="dr-pg-h3" data-testid="summary-domain">
              {t('review.print.summaryDomain', {
                n: t(`review.print.ordinal.${Math.min(n + 1, 20)}` as 'review.print.ordinal.1'),
                domain: name(d),
              })}
              {d.leadLeader || d.leadUnit ? (
                <span className="dr-pg-small"> {[d.leadLeader, d.leadUnit].filter(Boolean).join(' ')}</span>
              ) : null}
            </h3>
          ),
        };
        if (!d.problems.length && !d.suggestions.length)
          return [head, { kind: 'node', key: `nothing-${key}`, keepWithPrevious: true, node: none }];
        return [
          head,
          {
            kind: 'table',
            key: `problems-${key}`,
            keepWithPrevious: true,
            className: 'dr-pg-sub',
            title: <h4 className="dr-pg-h4">{t('review.print.summaryProblems')}</h4>,
            empty: none,
            columns: [
              { title: t('review.col.number'), width: '14%', className: 'dr-pg-num' },
              { title: t('review.col.drill'), width: '30%' },
              { title: t('review.col.finding') },
            ],
            rows: d.problems.map((p) => ({ key: p.number, cells: [p.number, p.drillTitle, p.finding] })),
          },
          {
            kind: 'table',
            key: `suggestions-${key}`,
            className: 'dr-pg-sub',
            title: <h4 className="dr-pg-h4">{t('review.print.summarySuggestions')}</h4>,
            empty: none,
            columns: [{ title: t('review.col.drill'), width: '30%' }, { title: t('review.col.suggestion') }],
            rows: d.suggestions.map((s, i) => ({
              key: String(i),
              cells: [s.drillTitle, <span className="dr-pg-pre">{s.text}</span>],
            })),
          },
        ];
      }),
    ];
  }, [settings.data, summary.data, campaign, t]);

  if (campaigns.data && !campaign) return <Alert type="error" showIcon title={t('review.print.notFound')} />;
  return (
    <PrintDocument
      testId="summary-print"
      sheetTestId="summary-sheet"
      blocks={blocks}
      error={summary.error ?? campaigns.error ?? settings.error}
      back={() => navigate(hrefOf('review', ['summary']))}
      hint={t('review.print.summaryHint')}
      auto={auto}
      footLeft={t('review.print.summaryFoot')}
      footRight={t('sheet.printedAt', { at: toLocalText(printedAt, tz) })}
    />
  );
}
