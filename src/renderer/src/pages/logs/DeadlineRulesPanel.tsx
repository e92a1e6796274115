import { useState } from 'react';
import { Alert, App, Button, Card, InputNumber, Select, Skeleton, Space, Table } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../common/contract';
import { hhmm } from '../../../../common/contract/settings';
import { CATEGORIES, GRADES, type Category, type Grade } from '../../../../common/domain/incidents';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { GradeTag } from '../../components/GradeTag';
import { toLocalText } from '../../components/localTime';
import { useRoomTimeZone } from '../../time/useRoomTime';
import './logs.css';
import { gradeOptions } from '../../forms/optionMatch';
import type { TKey } from '../../i18n/keys';

/** Comma (ASCII or full-width, as a Chinese IME types it) or space between times. */
const TIME_SEPARATORS = [',', String.fromCharCode(0xff0c), ' '];

type Rules = InputOf<'deadlines.setRules'>['rules'];
type Rule = Rules['rules'][number];

function problems(r: Rules): TKey[] {
  const out: TKey[] = [];
  const seen = new Set<string>();
  for (const x of r.rules) {
    const k = `${x.grade}|${x.category ?? ''}`;
    if (seen.has(k)) out.push('logs.rules.duplicate');
    seen.add(k);
    if (x.writtenMinutes < x.phoneMinutes) out.push('logs.rules.writtenBeforePhone');
  }
  if (r.followUpTimes.some((s) => !hhmm.safeParse(s).success)) out.push('errors.field.hhmm');
  return [...new Set(out)];
}

/**
 * 报告时限: phone and written reporting deadlines per grade (and, where the province
 * says so, per category), and the daily follow-up times. Each save is a new version
 * effective from now: deadlines already running keep the rules they started under.
 */
export function DeadlineRulesPanel({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tz = useRoomTimeZone();
  const q = useApiQuery('deadlines.getRules', {});
  // null: showing what is saved (and what others save meanwhile); otherwise this panel's edits.
  const [draft, setDraft] = useState<Rules | null>(null);
  const save = useApiMutation('deadlines.setRules', {
    onSuccess: (r) => {
      void message.success(
        t('logs.rules.saved', { version: r.version, at: toLocalText(r.effectiveFrom, tz) }),
      );
      setDraft(null);
    },
    onError: (err) => void message.error(errorText(t, err)),
  });

  if (q.isPending) return <Skeleton active />;
  if (q.isError) return <ErrorAlert error={q.error} />;
  const rules: Rules = draft ?? q.data.rules;
  const edit = (next: Rules) => setDraft(next);
  const general = GRADES.map(
    (g) =>
      rules.rules.find((r) => r.grade === g && r.category === null) ?? {
        grade: g,
        category: null,
        phoneMinutes: 60,
        writtenMinutes: 120,
      },
  );
  const specific = rules.rules.filter((r) => r.category !== null);
  const setRule = (target: Rule, patch: Partial<Rule>) => {
    const exists = rules.rules.includes(target);
    const list = exists
      ? rules.rules.map((r) => (r === target ? { ...r, ...patch } : r))
      : [...rules.rules, { ...target, ...patch }];
    edit({ ...rules, rules: list });
  };
  const issues = problems(rules);
  const minutes = (r: Rule, k: 'phoneMinutes' | 'writtenMinutes') => (
    <InputNumber
      min={1}
      max={10080}
      precision={0}
      value={r[k]}
      disabled={!admin}
      suffix={t('logs.rules.min')}
      aria-label={t(`logs.rules.${k}`)}
      onChange={(v) => typeof v === 'number' && setRule(r, { [k]: v })}
    />
  );

  return (
    <Card className="dr-form-card" data-testid="deadline-rules">
      {!admin ? (
        <Alert type="info" showIcon className="dr-form-alert" title={t('logs.rules.readOnly')} />
      ) : null}
      <p className="dr-muted">{t('logs.rules.lead')}</p>
      <Table<Rule>
        className="dr-rules-table"
        size="small"
        rowKey={(r) => r.grade}
        pagination={false}
        dataSource={general}
        columns={[
          {
            key: 'grade',
            title: t('logs.field.grade'),
            render: (_, r) => <GradeTag grade={r.grade as Grade} />,
          },
          {
            key: 'phone',
            title: t('logs.rules.phoneMinutes'),
            render: (_, r) => minutes(r, 'phoneMinutes'),
          },
          {
            key: 'written',
            title: t('logs.rules.writtenMinutes'),
            render: (_, r) => minutes(r, 'writtenMinutes'),
          },
        ]}
      />

      <h3 className="dr-section-title dr-rules-section">{t('logs.rules.specificTitle')}</h3>
      <p className="dr-muted">{t('logs.rules.specificLead')}</p>
      <Table<Rule>
        className="dr-rules-table"
        size="small"
        rowKey={(r) => `${r.grade}-${r.category}-${rules.rules.indexOf(r)}`}
        pagination={false}
        dataSource={specific}
        locale={{ emptyText: t('logs.rules.noSpecific') }}
        columns={[
          {
            key: 'grade',
            title: t('logs.field.grade'),
            render: (_, r) => (
              <Select
                value={r.grade}
                disabled={!admin}
                className="dr-filter-md"
                onChange={(g: Grade) => setRule(r, { grade: g })}
                options={gradeOptions((g) => t(`grade.${g}`))}
              />
            ),
          },
          {
            key: 'category',
            title: t('logs.field.category'),
            render: (_, r) => (
              <Select
                value={r.category}
                disabled={!admin}
                className="dr-filter-md"
                onChange={(c: Category) => setRule(r, { category: c })}
                options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
              />
            ),
          },
          {
            key: 'phone',
            title: t('logs.rules.phoneMinutes'),
            render: (_, r) => minutes(r, 'phoneMinutes'),
          },
          {
            key: 'written',
            title: t('logs.rules.writtenMinutes'),
            render: (_, r) => minutes(r, 'writtenMinutes'),
          },
          {
            key: 'x',
            title: '',
            width: 60,
            render: (_, r) =>
              admin ? (
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('logs.rules.remove')}
                  onClick={() => edit({ ...rules, rules: rules.rules.filter((x) => x !== r) })}
                />
              ) : null,
          },
        ]}
      />
      {admin ? (
        <Button
          className="dr-rules-section"
          icon={<PlusOutlined />}
          onClick={() =>
            edit({
              ...rules,
              rules: [
                ...rules.rules,
                { grade: 'III', category: 'accident', phoneMinutes: 30, writtenMinutes: 60 },
              ],
            })
          }
        >
          {t('logs.rules.addSpecific')}
        </Button>
      ) : null}

      <h3 className="dr-section-title dr-rules-section">{t('logs.rules.followUpTitle')}</h3>
      <Space wrap size="large" align="start">
        <label className="dr-inline-switch">
          {t('logs.rules.followUpTimes')}
          <Select
            mode="tags"
            className="dr-filter-kinds"
            disabled={!admin}
            value={rules.followUpTimes}
            aria-label={t('logs.rules.followUpTimes')}
            tokenSeparators={TIME_SEPARATORS}
            onChange={(v: string[]) =>
              edit({ ...rules, followUpTimes: [...new Set(v.map((s) => s.trim()))].sort() })
            }
            options={['08:00', '12:00', '17:00', '20:00'].map((v) => ({ value: v }))}
          />
        </label>
        <label className="dr-inline-switch">
          {t('logs.rules.window')}
          <InputNumber
            min={0}
            max={720}
            precision={0}
            disabled={!admin}
            value={rules.followUpWindowMinutes}
            suffix={t('logs.rules.min')}
            onChange={(v) => typeof v === 'number' && edit({ ...rules, followUpWindowMinutes: v })}
          />
        </label>
      </Space>
      <p className="dr-muted">{t('logs.rules.followUpLead')}</p>

      {issues.map((k) => (
        <Alert key={k} type="error" showIcon className="dr-form-alert" title={t(k)} />
      ))}
      {admin ? (
        <Space className="dr-rules-section">
          <Button
            type="primary"
            disabled={draft === null || issues.length > 0}
            loading={save.isPending}
            onClick={() => save.mutate({ rules })}
            data-testid="rules-save"
          >
            {t('logs.rules.save')}
          </Button>
          <Button disabled={draft === null} onClick={() => setDraft(null)}>
            {t('logs.rules.reset')}
          </Button>
          {draft !== null ? <span className="dr-muted">{t('logs.rules.unsaved')}</span> : null}
        </Space>
      ) : null}

      <h3 className="dr-section-title dr-rules-section">{t('logs.rules.history')}</h3>
      <Table
        size="small"
        rowKey="version"
        pagination={false}
        dataSource={q.data.history}
        locale={{ emptyText: t('logs.rules.defaults') }}
        columns={[
          {
            key: 'v',
            title: t('logs.rules.version'),
            render: (_, h) => t('logs.rules.versionN', { v: h.version }),
          },
          {
            key: 'from',
            title: t('logs.rules.effectiveFrom'),
            render: (_, h) => toLocalText(h.effectiveFrom, tz),
          },
          { key: 'who', title: t('logs.rules.author'), render: (_, h) => h.authorName ?? '—' },
        ]}
      />
    </Card>
  );
}
