import type { CheckItem } from '../../common/domain/equipment';
import type { Locale } from '../../common/domain/roles';
import { label } from '../../common/i18n/domain-labels';
import { formatMessage } from '../../common/i18n/messages';
import type { StoredResult } from './checks';

/** What a failed item's value must be: "≥ 50%", "10–20V", "正常/良好"; '' when nothing says. */
function requirement(it: CheckItem): string {
  if (it.type === 'choice') return it.pass.join('/');
  if (it.type !== 'number') return '';
  if (it.min !== null && it.max !== null) return `${it.min}–${it.max}${it.unit}`;
  if (it.min !== null) return `≥ ${it.min}${it.unit}`;
  if (it.max !== null) return `≤ ${it.max}${it.unit}`;
  return '';
}

/** Human text of a failed item, for the fault a check opens: "电池电量 42%（应 ≥ 50%）". */
export function describeFailure(items: CheckItem[], results: StoredResult[], locale: Locale): string {
  const parts: string[] = [];
  for (const r of results) {
    if (r.ok) continue;
    const it = items.find((i) => i.key === r.key);
    if (!it) continue;
    let value: string;
    if (r.value === null) value = formatMessage(locale, 'checkFailure.missing');
    else if (typeof r.value === 'boolean') value = label(locale, r.value ? 'answer.yes' : 'answer.no');
    else value = String(r.value) + (it.type === 'number' ? it.unit : '');
    const need = requirement(it);
    parts.push(
      formatMessage(locale, need ? 'checkFailure.itemNeed' : 'checkFailure.item', {
        label: it.label,
        value,
        need,
      }),
    );
  }
  return formatMessage(locale, 'checkFailure.text', { items: parts.join(label(locale, 'list.semicolon')) });
}
