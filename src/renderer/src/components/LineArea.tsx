import { Input } from 'antd';
import type { ComponentProps } from 'react';

type TextAreaProps = ComponentProps<typeof Input.TextArea>;

/**
 * One line of text that may be long: shown wrapped like a text area, but Enter moves
 * on (enterNavigation) and pasted line breaks become spaces, because the contract
 * keeps these fields on one line.
 */
export function LineArea({
  value,
  onChange,
  ...rest
}: Omit<TextAreaProps, 'onChange' | 'value'> & { value?: string; onChange?: (v: string) => void }) {
  return (
    <Input.TextArea
      rows={2}
      {...rest}
      value={value}
      data-enter-moves
      onChange={(e) => onChange?.(e.target.value.replace(/[\r\n\t]+/g, ' '))}
    />
  );
}
