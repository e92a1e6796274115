import { forwardRef } from 'react';
import { Input, type InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseLocalText, toLocalText } from './localTime';

interface Props {
  value?: string;
  onChange?: (text: string) => void;
  /** The room's time zone: what is typed is read as its wall clock. */
  timeZone: string;
  id?: string;
  placeholder?: string;
  autoFocus?: boolean;
  className?: string;
  'aria-label'?: string;
}

/**
 * A date-time typed, not picked: "10:05", "11-29 10:05" or "2026-11-29 10:05" in the
 * room's zone, tidied to the full form when the field is left. Faster than a picker
 * while holding a phone, and independent of the PC's own zone.
 */
export const DateTimeInput = forwardRef<InputRef, Props>(function DateTimeInput(
  { value, onChange, timeZone, placeholder, ...rest },
  ref,
) {
  const { t } = useTranslation();
  const tidy = () => {
    const iso = value ? parseLocalText(value, timeZone) : null;
    if (iso) {
      const text = toLocalText(iso, timeZone);
      if (text !== value) onChange?.(text);
    }
  };
  return (
    <Input
      {...rest}
      ref={ref}
      value={value}
      inputMode="numeric"
      maxLength={20}
      placeholder={placeholder ?? t('logs.time.placeholder')}
      onChange={(e) => onChange?.(e.target.value)}
      onBlur={tidy}
      className={`dr-input-datetime${rest.className ? ` ${rest.className}` : ''}`}
    />
  );
});

/** An antd form rule: empty passes (use required for that), unreadable fails. */
export function dateTimeRule(timeZone: string, message: string, opts: { notFuture?: string } = {}) {
  return {
    validator: async (_: unknown, value: unknown) => {
      if (typeof value !== 'string' || value.trim() === '') return;
      const iso = parseLocalText(value, timeZone);
      if (!iso) throw new Error(message);
      // A few minutes of slack, like core: the PC clock and the typed minute may differ.
      if (opts.notFuture && new Date(iso).getTime() > Date.now() + 5 * 60_000)
        throw new Error(opts.notFuture);
    },
  };
}
