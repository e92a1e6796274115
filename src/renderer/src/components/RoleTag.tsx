import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../common/domain/roles';

// Neutral tones only: red/orange/yellow/blue belong to incident grades.
const ROLE_TONE: Record<Role, string> = {
  leader: 'purple',
  shift_chief: 'cyan',
  duty_officer: 'default',
  admin: 'geekblue',
};

export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Tag color={ROLE_TONE[role]} bordered={false}>
      {t(`role.${role}`)}
    </Tag>
  );
}
