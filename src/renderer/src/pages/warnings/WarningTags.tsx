import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
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
