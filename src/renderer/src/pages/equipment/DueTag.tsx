import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EquipmentView } from '../../../../common/contract/equipment';
import { useFormatDateTime } from '../../time/useRoomTime';

const COLORS = { ok: 'green', due: 'gold', overdue: 'red', paused: 'default' } as const;

/** The check state of an item: 已检 / 待检 / 逾期未检 (with missed count) / 暂停检查. */
export function DueTag({ due }: { due: EquipmentView['due'] }) {
  const { t } = useTranslation();
  const fmt = useFormatDateTime();
  const text =
    due.state === 'overdue' && due.missed > 1
      ? t('equipment.overdueMissed', { n: due.missed })
      : t(`dueState.${due.state}`);
  const tag = (
    <Tag color={COLORS[due.state]} bordered={false} data-due={due.state}>
      {text}
    </Tag>
  );
  if (!due.dueAt) return tag;
  return (
    <Tooltip
      title={t(due.state === 'ok' ? 'equipment.nextWindow' : 'equipment.dueBy', {
        at: fmt(due.state === 'ok' ? due.windowStart : due.dueAt),
      })}
    >
      {tag}
    </Tooltip>
  );
}

export const FAULT_COLORS = {
  open: 'red',
  in_progress: 'orange',
  repaired: 'blue',
  closed: 'green',
} as const;
