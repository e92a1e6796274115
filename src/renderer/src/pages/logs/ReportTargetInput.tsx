import { forwardRef } from 'react';
import { AutoComplete } from 'antd';
import type { RefSelectProps } from 'antd';
import { REPORT_CATEGORIES } from '../../../../common/domain/contacts';
import { useApiQuery } from '../../api/hooks';

/**
 * 报送对象: picked from the names this incident already used, the county's list of
 * superiors and units (设置 → 定级与报送) and 通讯录's superiors, county leaders and
 * departments; anything else can still be typed.
 */
// The ref reaches the input, so the form can put the cursor into a row it has just added
// (Form.focusField): without it, Enter on 添加已通报 left the cursor on the button.
export const ReportTargetInput = forwardRef<
  RefSelectProps,
  {
    value?: string;
    onChange?: (v: string) => void;
    recent?: readonly string[];
    maxLength: number;
    placeholder?: string;
    'aria-label'?: string;
    /** Given by Form.Item: ties the field's label to the input (getByLabel, screen readers). */
    id?: string;
  }
>(function ReportTargetInput(
  { value, onChange, recent = [], maxLength, placeholder, 'aria-label': ariaLabel, id },
  ref,
) {
  const settings = useApiQuery('settings.get', {}, { staleTime: 60_000 });
  const contacts = useApiQuery('contacts.list', {}, { staleTime: 60_000 });
  const directory = (contacts.data ?? [])
    .filter((c) => REPORT_CATEGORIES.includes(c.category))
    // A county leader is reported to by name; a unit by its name.
    .map((c) => (c.category === 'county_leader' && c.person ? c.person : c.unit));
  const names = [...new Set([...recent, ...(settings.data?.reportTargets ?? []), ...directory])].filter(
    Boolean,
  );
  return (
    <AutoComplete
      ref={ref}
      {...(id ? { id } : {})}
      {...(value !== undefined ? { value } : {})}
      {...(onChange ? { onChange } : {})}
      options={names.map((v) => ({ value: v }))}
      // A name typed in full is not offered back to itself: the list closes, and one Enter
      // moves on instead of first "picking" what is already there.
      filterOption={(input, o) => {
        const v = String(o?.value ?? '');
        return v.includes(input.trim()) && v !== input.trim();
      }}
      maxLength={maxLength}
      {...(placeholder ? { placeholder } : {})}
      {...(ariaLabel ? { 'aria-label': ariaLabel } : {})}
      data-testid="report-target"
    />
  );
});
