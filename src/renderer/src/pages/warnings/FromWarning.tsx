import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { hrefOf } from '../../router/hash';
import { LevelTag } from './WarningTags';

/** On an incident's page: the warning it was created from (生成事件), linked back. Nothing otherwise. */
export function FromWarning({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const q = useApiQuery('warnings.ofIncident', { incidentId });
  const list = q.data?.warnings ?? [];
  if (list.length === 0) return null;
  return (
    <Space size={4} wrap data-testid="incident-from-warning">
      <span>{t('warnings.fromWarning')}</span>
      {list.map((w) => (
        <a key={w.id} href={hrefOf('warnings', [w.id])}>
          <LevelTag level={w.level} /> {w.headline}
        </a>
      ))}
    </Space>
  );
}
