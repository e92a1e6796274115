import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';

/**
 * Plans picked by name from the register (plans.list), stored by id. Archived plans are
 * not offered, but one already chosen keeps its name; an id the register no longer
 * knows shows as such rather than as a bare code.
 */
export function usePlanNames() {
  const { t } = useTranslation();
  const plans = useApiQuery('plans.list', { includeArchived: true });
  const byId = new Map((plans.data ?? []).map((p) => [p.id, p]));
  const nameOf = (id: string) => byId.get(id)?.name ?? t('plans.picker.unknown');
  return { plans: plans.data ?? [], nameOf, loading: plans.isPending };
}

export function PlanPicker({
  value,
  onChange,
  multiple,
  only,
  id,
}: {
  value?: string[] | string;
  onChange?: (v: string[] | string) => void;
  multiple?: boolean;
  /** Offer only these plans (a drill's plans under test, say). */
  only?: readonly string[];
  id?: string;
}) {
  const { t } = useTranslation();
  const { plans, nameOf, loading } = usePlanNames();
  const chosen = new Set(Array.isArray(value) ? value : value ? [value] : []);
  const offered = only
    ? only.map((pid) => ({ value: pid, label: nameOf(pid) }))
    : plans.filter((p) => !p.archived || chosen.has(p.id)).map((p) => ({ value: p.id, label: p.name }));
  for (const pid of chosen)
    if (!offered.some((o) => o.value === pid)) offered.push({ value: pid, label: nameOf(pid) });
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={onChange}
      loading={loading}
      options={offered}
      optionFilterProp="label"
      placeholder={t('plans.picker.placeholder')}
      allowClear={multiple}
      data-testid="plan-picker"
    />
  );
}
