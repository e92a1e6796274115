import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WarningView } from '../../../../common/contract/warnings';
import { GRADE_COLORS } from '../../../../common/domain/incidents';
import type { WarningLevel, WarningState } from '../../../../common/domain/warnings';

/** A warning level in its signal colour (红/橙/黄/蓝); yellow takes dark text to stay readable. */
export function LevelTag({ level }: { level: WarningLevel }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={GRADE_COLORS[level]}
      variant="solid"
      className={`dr-grade-tag${level === 'III' ? ' dr-grade-tag-dark' : ''}`}
      data-level={level}
    >
      {t(`warningLevel.${level}`)}
    </Tag>
  );
}

const STATE_COLOUR: Record<WarningState, string> = {
  received: 'default',
  forwarded: 'processing',
  calling: 'processing',
  all_acked: 'success',
  partly_unacked: 'error',
  updated: 'default',
  cancelled: 'default',
  expired: 'default',
};

export function StateTag({ state }: { state: WarningState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLOUR[state]} data-testid="warning-state" data-state={state}>
      {t(`warningState.${state}`)}
    </Tag>
  );
}

/**
 * 预警响应 on a warning: its level under the plan (the plan and who decided in the tooltip);
 * red 待终止 once the warning is over (解除, 更新, 过期) and the response still runs.
 */
export function WarningResponseTag({ w, over }: { w: WarningView; over: boolean }) {
  const { t } = useTranslation();
  const r = w.response;
  if (!r) return null;
  return (
    <Tooltip title={t('plans.response.tip', { plan: r.planName, by: r.decidedBy })}>
      <span data-testid="warning-response-tag" data-level={r.level} data-over={over}>
        <Tag color="volcano" variant="solid">
          {t('warnings.response.running', { level: r.level })}
        </Tag>
        {over ? <Tag color="red">{t('warnings.response.toEnd')}</Tag> : null}
      </span>
    </Tooltip>
  );
}
