import { Select } from 'antd';

/**
 * The plans a drill tested, to pick the one a 预案 finding revises. Named by id until the
 * plans register can name them.
 */
export function PlanSelect({
  planIds,
  value,
  onChange,
}: {
  planIds: readonly string[];
  value?: string;
  onChange?: (v: string) => void;
}) {
  return (
    <Select value={value} onChange={onChange} options={planIds.map((id) => ({ value: id, label: id }))} />
  );
}
