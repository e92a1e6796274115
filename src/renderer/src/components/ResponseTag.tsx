import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResponseState } from '../../../common/contract/response-data';

/** 响应中: the emergency response an incident is under, its plan and who decided in the tooltip. */
export function ResponseTag({ response }: { response: ResponseState | null }) {
  const { t } = useTranslation();
  if (!response) return null;
  return (
    <Tooltip title={t('plans.response.tip', { plan: response.planName, by: response.decidedBy })}>
      <Tag color="volcano" variant="solid" data-testid="response-tag" data-level={response.level}>
        {t('plans.response.badge', { level: response.level })}
      </Tag>
    </Tooltip>
  );
}
