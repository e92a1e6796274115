import { AutoComplete } from 'antd';
import { useApiQuery } from '../../api/hooks';

/**
 * 报送对象: picked from the county's list of superiors and units (设置 → 定级与报送), the
 * names this incident already used first; anything else can still be typed.
 */
export function ReportTargetInput({
  value,
  onChange,
  recent = [],
  maxLength,
  placeholder,
  'aria-label': ariaLabel,
}: {
  value?: string;
  onChange?: (v: string) => void;
  recent?: readonly string[];
  maxLength: number;
  placeholder?: string;
  'aria-label'?: string;
}) {
  const settings = useApiQuery('settings.get', {}, { staleTime: 60_000 });
  const names = [...new Set([...recent, ...(settings.data?.reportTargets ?? [])])].filter(Boolean);
  return (
    <AutoComplete
      {...(value !== undefined ? { value } : {})}
      {...(onChange ? { onChange } : {})}
      options={names.map((v) => ({ value: v }))}
      filterOption={(input, o) => String(o?.value ?? '').includes(input.trim())}
      maxLength={maxLength}
      {...(placeholder ? { placeholder } : {})}
      {...(ariaLabel ? { 'aria-label': ariaLabel } : {})}
      data-testid="report-target"
    />
  );
}
