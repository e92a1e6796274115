import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '../../../../common/domain/plans';

const COLORS: Record<PlanStatus, string> = {
  drafting: 'default',
  consultation: 'default',
  review: 'default',
  approval: 'gold',
  issued: 'blue',
  filed: 'cyan',
  in_force: 'green',
  evaluation: 'geekblue',
  revision: 'orange',
  repealed: 'red',
};

/** A version's place in the life cycle (编制 … 废止). */
export function StatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} bordered={false} data-status={status}>
      {t(`planStatus.${status}`)}
    </Tag>
  );
}
