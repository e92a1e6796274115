import { useMemo, useState } from 'react';
import { Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentResult, Problem, SubjectScore } from '../../../../common/contract/assessment';
import { INDICATORS } from '../../../../common/domain/assessment';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toLocalText } from '../../components/localTime';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { problemHref, problemText, subjectText } from './periods';
import { PeriodSelect } from './PeriodSelect';

/** The overview sentence of a result (the screen's and the 通报's). */
export const overviewParams = (r: AssessmentResult) => ({
  incidents: r.overview.incidents,
  exercise: r.overview.exerciseIncidents,
  late: r.overview.reportsLate,
  followups: r.overview.followupsMissing,
  spots: r.overview.spotChecks,
  spotLate: r.overview.spotUnanswered,
  findings: r.overview.findings,
  recipients: r.overview.recipients,
  recipientsLate: r.overview.recipientsLate,
  owed: r.overview.checksOwed,
  missed: r.overview.checksMissed,
});

/** 考核结果: the indicator table per subject and every deduction with the record behind it. */
export function ResultsTab({ period, setPeriod }: { period: string; setPeriod: (p: string) => void }) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const q = useApiQuery('assessment.compute', { period });
  const [subject, setSubject] = useState<string | undefined>(undefined);
  const r = q.data;
  const indicators = useMemo(
    () => INDICATORS.filter((i) => r?.subjects.some((s) => s.indicators.some((x) => x.indicator === i))),
    [r],
  );
  const names = useMemo(() => new Map(r?.subjects.map((s) => [s.key, subjectText(t, s)]) ?? []), [r, t]);
  const problems = (r?.problems ?? []).filter((p) => !subject || p.subjectKey === subject);
  return (
    <Card
      title={
        r ? (
          <Typography.Text type="secondary" className="dr-assess-scheme">
            {r.schemeVersion === null
              ? t('assessment.scheme.default')
              : t('assessment.scheme.version', { version: r.schemeVersion })}
          </Typography.Text>
        ) : null
      }
      extra={<PeriodSelect value={period} onChange={setPeriod} />}
    >
      <ErrorAlert error={q.error} />
      {r ? (
        <p className="dr-assess-overview" data-testid="assessment-overview">
          {t('assessment.overview', overviewParams(r))}
        </p>
      ) : null}
      <Table<SubjectScore>
        rowKey="key"
        size="small"
        loading={q.isPending}
        dataSource={r?.subjects ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="assessment-scores"
        onRow={(s) => ({ onClick: () => setSubject(subject === s.key ? undefined : s.key) })}
        rowClassName={(s) => (s.key === subject ? 'dr-row-selected' : '')}
        columns={[
          { title: t('assessment.col.subject'), render: (_v, s) => subjectText(t, s), fixed: 'left', width: 180 },
          { title: t('assessment.col.kind'), width: 110, render: (_v, s) => t(`assessmentSubjectKind.${s.kind}`) },
          ...indicators.map((ind) => ({
            key: ind,
            title: t('assessment.indicatorHead', { name: t(`assessmentIndicator.${ind}`), weight: r?.scheme.weights[ind] ?? '' }),
            width: 130,
            className: 'dr-tabular',
            render: (_v: unknown, s: SubjectScore) => {
              const x = s.indicators.find((i) => i.indicator === ind);
              if (!x) return t('assessment.notApplicable');
              return (
                <span title={x.share ? t('assessment.drillShare', x.share) : undefined}>
                  {x.deducted > 0 ? <Tag color="red" bordered={false}>−{x.deducted}</Tag> : null}
                  {x.score}
                </span>
              );
            },
          })),
          {
            title: t('assessment.col.total'),
            width: 90,
            className: 'dr-tabular',
            render: (_v, s) => <b data-testid={`assessment-total-${s.key}`}>{s.total}</b>,
          },
        ]}
      />
      <Space className="dr-assess-problems-head" wrap>
        <Typography.Title level={5}>{t('assessment.problems', { count: problems.length })}</Typography.Title>
        <Select<string | undefined>
          allowClear
          value={subject}
          onChange={setSubject}
          placeholder={t('assessment.allSubjects')}
          aria-label={t('assessment.col.subject')}
          className="dr-assess-subject"
          options={r?.subjects.map((s) => ({ value: s.key, label: subjectText(t, s) })) ?? []}
        />
      </Space>
      <Table<Problem & { i: number }>
        rowKey="i"
        size="small"
        dataSource={problems.map((p, i) => ({ ...p, i }))}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="assessment-problems"
        locale={{ emptyText: t('assessment.problemsEmpty') }}
        columns={[
          { title: t('assessment.col.subject'), width: 160, render: (_v, p) => names.get(p.subjectKey) ?? p.subjectKey },
          { title: t('assessment.col.item'), width: 150, render: (_v, p) => t(`assessmentRule.${p.rule}`) },
          { title: t('assessment.col.time'), width: 150, render: (_v, p) => toLocalText(p.at, tz) },
          { title: t('assessment.col.points'), width: 70, className: 'dr-tabular', render: (_v, p) => `−${p.points}` },
          { title: t('assessment.col.problem'), render: (_v, p) => problemText(t, p) },
          {
            title: t('assessment.col.record'),
            width: 80,
            render: (_v, p) => {
              const href = problemHref(p);
              return href ? <a href={href}>{t('assessment.open')}</a> : null;
            },
          },
        ]}
      />
    </Card>
  );
}
