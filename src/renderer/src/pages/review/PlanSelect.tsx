import { PlanPicker } from '../plans/PlanPicker';

/** The plans a drill tested, by name, to pick the one a 预案 finding revises. */
export function PlanSelect({
  planIds,
  value,
  onChange,
}: {
  planIds: readonly string[];
  value?: string;
  onChange?: (v: string) => void;
}) {
  return <PlanPicker only={planIds} value={value} onChange={(v) => onChange?.(v as string)} />;
}
