import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Select,
  Skeleton,
  Space,
  Tag,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvaluationView } from '../../../../common/contract/review';
import {
  EVALUATION_PHASES,
  EVALUATOR_ROLES,
  GRADES,
  REPORT_SECTIONS,
  type ItemScore,
  type ReportSection,
} from '../../../../common/domain/review';
import { scoreEvaluation } from '../../../../common/domain/review-score';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { hrefOf, navigate } from '../../router/hash';
import { useFormatDateTime } from '../../time/useRoomTime';
import { FindingsCard } from './FindingsCard';
import { ObservationsCard } from './ObservationsCard';
import { percentText } from './format';

type Evaluator = EvaluationView['evaluators'][number];
interface Draft {
  evaluators: Evaluator[];
  scores: Record<string, ItemScore>;
  onsiteComment: string;
  selfAssessment: string;
  sections: Record<ReportSection, string>;
}

const draftOf = (v: EvaluationView): Draft => ({
  evaluators: v.evaluators,
  scores: Object.fromEntries(v.scores.map((s) => [s.key, s])),
  onsiteComment: v.onsiteComment,
  selfAssessment: v.selfAssessment,
  sections: v.sections,
});

/** `#/review/evaluation/<drillId>`: the evaluation form (评估表), scored live as the evaluator fills it. */
export function EvaluationPage({ drillId }: { drillId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const fmt = useFormatDateTime();
  const view = useApiQuery('evaluations.get', { drillId });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [dirty, setDirty] = useState(false);
  const onError = (e: unknown) => void message.error(errorText(t, e));
  const save = useApiMutation('evaluations.save', { onError });
  const submit = useApiMutation('evaluations.submit', { onError });

  // The form starts from the record once; events refreshing the record do not overwrite typing.
  useEffect(() => {
    if (view.data && (draft === null || !dirty)) setDraft(draftOf(view.data));
  }, [view.data]);

  const v = view.data;
  const scores = useMemo(() => Object.values(draft?.scores ?? {}), [draft]);
  const live = useMemo(() => (v ? scoreEvaluation(v.items, scores, v.partlyShare) : null), [v, scores]);
  if (view.error) return <ErrorAlert error={view.error} />;
  if (!v || !draft || !live) return <Skeleton active />;
  const locked = v.status === 'submitted';
  const edit = (f: (d: Draft) => Draft) => {
    setDraft((d) => (d ? f(d) : d));
    setDirty(true);
  };
  const setScore = (key: string, patch: Partial<ItemScore>) =>
    edit((d) => ({
      ...d,
      scores: {
        ...d.scores,
        [key]: { key, grade: null, points: null, note: '', ...d.scores[key], ...patch },
      },
    }));
  const input = () => ({
    drillId,
    evaluators: draft.evaluators.map((e) => ({ ...e, name: e.name.trim(), unit: e.unit.trim() })),
    // Items neither scored nor noted are left out: an empty row is no score.
    scores: v.items.flatMap((i) => {
      const s = draft.scores[i.key];
      return s && (s.grade !== null || s.points !== null || s.note.trim()) ? [s] : [];
    }),
    onsiteComment: draft.onsiteComment,
    selfAssessment: draft.selfAssessment,
    sections: draft.sections,
  });
  const onSave = () =>
    save.mutate(input(), {
      onSuccess: () => {
        setDirty(false);
        void message.success(t('review.form.saved'));
      },
    });
  const onSubmit = () =>
    save.mutate(input(), {
      onSuccess: () => {
        setDirty(false);
        submit.mutate({ drillId }, { onSuccess: () => void message.success(t('review.form.submitted')) });
      },
    });

  return (
    <div className="dr-page" data-testid="evaluation-page">
      <PageHeader
        title={t('review.form.title', { title: v.drill.title })}
        subtitle={`${t('review.form.template', { form: v.drill.form, version: v.templateVersion })} · ${t('review.drillTimes', { start: fmt(v.drill.startedAt), end: fmt(v.drill.endedAt) })}`}
        extra={
          <Space>
            <Button onClick={() => navigate(hrefOf('review', ['evaluations']))}>{t('review.back')}</Button>
            <Button href={hrefOf('print/evaluation', [drillId])} disabled={v.id === null}>
              {t('review.printReport')}
            </Button>
            {locked ? null : (
              <>
                <Button
                  type="primary"
                  onClick={onSave}
                  loading={save.isPending}
                  data-testid="evaluation-save"
                >
                  {t('review.form.save')}
                </Button>
                <Popconfirm title={t('review.form.submitConfirm')} onConfirm={onSubmit}>
                  <Button loading={submit.isPending} data-testid="evaluation-submit">
                    {t('review.form.submit')}
                  </Button>
                </Popconfirm>
              </>
            )}
          </Space>
        }
      />
      {locked ? (
        <Alert
          type="success"
          showIcon
          title={t('review.form.submittedAt', { at: fmt(v.submittedAt), name: v.submittedByName ?? '' })}
        />
      ) : dirty ? (
        <Alert type="warning" showIcon title={t('review.form.unsaved')} />
      ) : null}
      <Card className="dr-review-sticky" size="small">
        <div className="dr-review-score" data-testid="evaluation-score">
          <span>{t('review.score.total')}</span>
          <span className="dr-review-score-big">{percentText(live.percent)}</span>
          <span>{t('review.score.points', { earned: live.earned, possible: live.possible })}</span>
          <span>
            {t('review.score.counts', {
              met: live.met,
              partly: live.partly,
              notMet: live.notMet,
              unscored: live.unscored,
            })}
          </span>
          {live.phases.map((p) => (
            <Tag key={p.phase} bordered={false}>
              {t(`evaluationPhase.${p.phase}`)} {percentText(p.percent)}
            </Tag>
          ))}
        </div>
      </Card>
      <div className="dr-review-grid">
        <div>
          <Card title={t('review.form.evaluators')} size="small">
            {draft.evaluators.map((e, i) => (
              <Space key={i} wrap className="dr-review-evaluator">
                <Input
                  aria-label={t('review.form.evaluatorName')}
                  placeholder={t('review.form.evaluatorName')}
                  value={e.name}
                  disabled={locked}
                  maxLength={30}
                  onChange={(ev) =>
                    edit((d) => ({
                      ...d,
                      evaluators: d.evaluators.map((x, j) => (j === i ? { ...x, name: ev.target.value } : x)),
                    }))
                  }
                />
                <Input
                  aria-label={t('review.form.evaluatorUnit')}
                  placeholder={t('review.form.evaluatorUnit')}
                  value={e.unit}
                  disabled={locked}
                  maxLength={60}
                  onChange={(ev) =>
                    edit((d) => ({
                      ...d,
                      evaluators: d.evaluators.map((x, j) => (j === i ? { ...x, unit: ev.target.value } : x)),
                    }))
                  }
                />
                <Select
                  aria-label={t('review.form.evaluatorRole')}
                  value={e.role}
                  disabled={locked}
                  className="dr-review-role"
                  options={EVALUATOR_ROLES.map((r) => ({ value: r, label: t(`evaluatorRole.${r}`) }))}
                  onChange={(role) =>
                    edit((d) => ({
                      ...d,
                      evaluators: d.evaluators.map((x, j) => (j === i ? { ...x, role } : x)),
                    }))
                  }
                />
                {locked ? null : (
                  <Button
                    type="link"
                    onClick={() =>
                      edit((d) => ({ ...d, evaluators: d.evaluators.filter((_x, j) => j !== i) }))
                    }
                  >
                    {t('review.form.remove')}
                  </Button>
                )}
              </Space>
            ))}
            {locked ? null : (
              <Button
                onClick={() =>
                  edit((d) => ({
                    ...d,
                    evaluators: [
                      ...d.evaluators,
                      { name: '', unit: '', role: d.evaluators.length ? 'member' : 'lead' },
                    ],
                  }))
                }
              >
                {t('review.form.addEvaluator')}
              </Button>
            )}
          </Card>
          <Card title={t('review.form.items')} size="small" data-testid="evaluation-items">
            {EVALUATION_PHASES.filter((p) => v.items.some((i) => i.phase === p)).map((phase) => (
              <div key={phase}>
                <div className="dr-review-phase">{t(`evaluationPhase.${phase}`)}</div>
                {v.items
                  .filter((i) => i.phase === phase)
                  .map((it) => {
                    const s = draft.scores[it.key];
                    return (
                      <div className="dr-review-item" key={it.key} data-testid={`item-${it.key}`}>
                        <div>
                          <div className="dr-strong">{it.label}</div>
                          <div className="dr-review-criterion">{it.criterion}</div>
                        </div>
                        {it.scale === 'grade' ? (
                          <Radio.Group
                            aria-label={it.label}
                            value={s?.grade ?? null}
                            disabled={locked}
                            optionType="button"
                            buttonStyle="solid"
                            size="small"
                            options={GRADES.map((g) => ({ value: g, label: t(`grade.${g}`) }))}
                            onChange={(e) =>
                              setScore(it.key, { grade: e.target.value as ItemScore['grade'] })
                            }
                          />
                        ) : (
                          <InputNumber
                            aria-label={it.label}
                            addonAfter={t('review.form.points', { max: it.points })}
                            min={0}
                            max={it.points}
                            value={s?.points ?? null}
                            disabled={locked}
                            onChange={(n) => setScore(it.key, { points: typeof n === 'number' ? n : null })}
                          />
                        )}
                        <Input
                          aria-label={`${it.label} ${t('review.form.note')}`}
                          placeholder={t('review.form.notePlaceholder')}
                          value={s?.note ?? ''}
                          maxLength={500}
                          disabled={locked}
                          onChange={(e) => setScore(it.key, { note: e.target.value })}
                        />
                      </div>
                    );
                  })}
              </div>
            ))}
          </Card>
          <Card title={t('review.form.comments')} size="small">
            <label className="dr-strong">{t('review.form.onsite')}</label>
            <Input.TextArea
              aria-label={t('review.form.onsite')}
              rows={3}
              maxLength={4000}
              value={draft.onsiteComment}
              disabled={locked}
              onChange={(e) => edit((d) => ({ ...d, onsiteComment: e.target.value }))}
            />
            <label className="dr-strong">{t('review.form.self')}</label>
            <Input.TextArea
              aria-label={t('review.form.self')}
              rows={3}
              maxLength={4000}
              value={draft.selfAssessment}
              disabled={locked}
              onChange={(e) => edit((d) => ({ ...d, selfAssessment: e.target.value }))}
            />
          </Card>
          <Card
            title={t('review.form.sections')}
            size="small"
            extra={<span className="dr-muted">{t('review.form.sectionHint')}</span>}
          >
            {REPORT_SECTIONS.map((s) => (
              <div key={s}>
                <label className="dr-strong">{t(`reportSection.${s}`)}</label>
                <Input.TextArea
                  aria-label={t(`reportSection.${s}`)}
                  rows={3}
                  maxLength={4000}
                  value={draft.sections[s]}
                  disabled={locked}
                  onChange={(e) => edit((d) => ({ ...d, sections: { ...d.sections, [s]: e.target.value } }))}
                />
              </div>
            ))}
          </Card>
        </div>
        <div>
          <ObservationsCard view={v} />
          <FindingsCard view={v} />
        </div>
      </div>
    </div>
  );
}
