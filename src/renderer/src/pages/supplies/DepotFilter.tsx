import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';

/** The tabs' depot filter: every depot by name, or all of them when cleared. */
export function DepotFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const depots = useApiQuery('depots.list', {});
  return (
    <Select<string | undefined>
      allowClear
      value={value}
      onChange={onChange}
      placeholder={t('supplies.stock.allDepots')}
      aria-label={t('supplies.col.depot')}
      style={{ minWidth: 200 }}
      options={(depots.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
    />
  );
}
