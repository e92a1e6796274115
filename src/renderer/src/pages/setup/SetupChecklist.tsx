import { useState } from 'react';
import { App, Button, Card, Progress, Tag } from 'antd';
import { CheckCircleFilled, ClockCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SetupStatus, SetupStep } from '../../../../common/contract/setup';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { hrefOf, navigate, type AppHref } from '../../router/hash';
import './setup.css';

/**
 * Where each step is done: its import or screen. 区划与底图 is the geography import in
 * 设置 → 行政区划与底图 (the `map` tab); the rest are the registers' own pages, each with its 导入 button.
 */
export const SETUP_TARGETS: Record<SetupStep, AppHref> = {
  geography: hrefOf('settings', ['map']),
  operators: hrefOf('settings', ['operators']),
  roster: hrefOf('roster', ['month']),
  equipment: hrefOf('equipment', ['register']),
  resources: hrefOf('resources', ['facilities']),
  deadlines: hrefOf('settings', ['deadlines']),
};

type Row = SetupStatus['steps'][number];

function StepRow({ row, admin, onSkip }: { row: Row; admin: boolean; onSkip: (skipped: boolean) => void }) {
  const { t } = useTranslation();
  const state = row.done ? 'done' : row.skipped ? 'skipped' : 'todo';
  const icon =
    state === 'done' ? (
      <CheckCircleFilled className="dr-setup-icon dr-setup-done" />
    ) : state === 'skipped' ? (
      <MinusCircleOutlined className="dr-setup-icon dr-setup-skipped" />
    ) : (
      <ClockCircleOutlined className="dr-setup-icon dr-setup-todo" />
    );
  return (
    <li
      className={`dr-setup-step dr-setup-step-${state}`}
      data-testid={`setup-${row.step}`}
      data-state={state}
    >
      {icon}
      <div className="dr-setup-text">
        <div className="dr-setup-name">
          {t(`setup.step.${row.step}`)}
          <Tag bordered={false} color={state === 'done' ? 'green' : state === 'skipped' ? 'default' : 'gold'}>
            {t(`setup.${state}`)}
          </Tag>
        </div>
        <div className="dr-setup-hint">{t(`setup.hint.${row.step}`)}</div>
        <div className="dr-setup-count dr-tabular">{t(`setup.count.${row.step}`, row.counts)}</div>
      </div>
      <div className="dr-setup-actions">
        <Button
          type={state === 'todo' ? 'primary' : 'default'}
          onClick={() => navigate(SETUP_TARGETS[row.step])}
          data-testid={`setup-go-${row.step}`}
        >
          {t(state === 'done' ? 'setup.review' : 'setup.go')}
        </Button>
        {!row.done && admin ? (
          <Button onClick={() => onSkip(!row.skipped)} data-testid={`setup-skip-${row.step}`}>
            {t(row.skipped ? 'setup.unskip' : 'setup.skip')}
          </Button>
        ) : null}
      </div>
    </li>
  );
}

/**
 * 工作台's first card in a county that started blank: the six things to build before the
 * first real shift, each done or not as the data says, each leading to its import or
 * screen. Skipping puts a step aside (it stays listed, and comes back with one click);
 * when nothing is left open the card folds to one line that opens the list again.
 */
export function SetupChecklist({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const q = useApiQuery('setup.status', {});
  const [expanded, setExpanded] = useState(false);
  const skip = useApiMutation('setup.skip', { onError: (e) => void message.error(errorText(t, e)) });
  const s = q.data;
  if (!s?.applies) return null;
  const done = s.steps.filter((x) => x.done).length;
  const skipped = s.steps.filter((x) => !x.done && x.skipped).length;
  const folded = s.open === 0 && !expanded;
  const onSkip = (step: SetupStep) => (next: boolean) =>
    skip.mutate(
      { step, skipped: next },
      {
        onSuccess: () =>
          void message.success(
            t(next ? 'setup.skippedMsg' : 'setup.unskippedMsg', { step: t(`setup.step.${step}`) }),
          ),
      },
    );

  return (
    <Card
      className="dr-setup"
      data-testid="setup-checklist"
      title={folded ? t('setup.allDone', { done, skipped }) : t('setup.title')}
      extra={
        s.open === 0 ? (
          <Button type="link" onClick={() => setExpanded(!expanded)} data-testid="setup-toggle">
            {t(expanded ? 'setup.hideList' : 'setup.showList')}
          </Button>
        ) : (
          <span className="dr-setup-progress-text dr-tabular" data-testid="setup-progress">
            {t('setup.progress', { done, total: s.steps.length })}
          </span>
        )
      }
    >
      {folded ? null : (
        <>
          <p className="dr-setup-intro">{t('setup.intro')}</p>
          <Progress percent={Math.round((done / s.steps.length) * 100)} showInfo={false} size="small" />
          <ol className="dr-setup-steps">
            {s.steps.map((row) => (
              <StepRow key={row.step} row={row} admin={admin} onSkip={onSkip(row.step)} />
            ))}
          </ol>
          {admin ? null : <p className="dr-muted">{t('setup.adminOnly')}</p>}
        </>
      )}
    </Card>
  );
}
