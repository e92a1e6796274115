import { Button, Card, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvaluationListItem } from '../../../../common/contract/review';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hrefOf, navigate } from '../../router/hash';
import { percentText } from './format';

/** The drills that have run, each with its evaluation's state and score and its 整改 counts. */
export function EvaluationsTab() {
  const { t } = useTranslation();
  const list = useApiQuery('evaluations.list', {});
  return (
    <Card>
      <ErrorAlert error={list.error} />
      <Table<EvaluationListItem>
        rowKey={(r) => r.drill.id}
        size="middle"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="evaluations-table"
        locale={{ emptyText: t('review.noDrills') }}
        columns={[
          {
            title: t('review.col.drill'),
            render: (_v, r) => <span className="dr-strong">{r.drill.title}</span>,
          },
          { title: t('review.col.form'), width: 110, render: (_v, r) => t(`drillForm.${r.drill.form}`) },
          { title: t('review.col.domain'), width: 120, render: (_v, r) => r.drill.domain ?? '—' },
          {
            title: t('review.col.evaluation'),
            width: 110,
            render: (_v, r) =>
              r.status ? (
                <Tag color={r.status === 'submitted' ? 'green' : 'blue'} bordered={false}>
                  {t(`evaluationStatus.${r.status}`)}
                </Tag>
              ) : (
                <span className="dr-muted">{t('review.notStarted')}</span>
              ),
          },
          {
            title: t('review.col.score'),
            width: 90,
            render: (_v, r) => (
              <span className="dr-tabular" data-testid="evaluation-percent">
                {percentText(r.percent)}
              </span>
            ),
          },
          {
            title: t('review.col.rectifications'),
            width: 190,
            render: (_v, r) =>
              r.rectifications.total ? (
                <span>
                  {t('review.rectCounts', r.rectifications)}
                  {r.rectifications.overdue ? (
                    <Tag color="red" bordered={false} className="dr-review-inline-tag">
                      {t('review.rectOverdue', { n: r.rectifications.overdue })}
                    </Tag>
                  ) : null}
                </span>
              ) : (
                '—'
              ),
          },
          {
            title: t('common.actions'),
            width: 200,
            render: (_v, r) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  onClick={() => navigate(hrefOf('review', ['evaluation', r.drill.id]))}
                >
                  {t('review.evaluate')}
                </Button>
                {r.status ? (
                  <Button type="link" size="small" href={hrefOf('print/evaluation', [r.drill.id])}>
                    {t('review.printReport')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
