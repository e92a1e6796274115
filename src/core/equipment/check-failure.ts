import type { CheckItem } from '../../common/domain/equipment';
import type { StoredResult } from './checks';

/** Human text of a failed item, for the fault a check opens: "电池电量 42%（应 ≥ 50%）". */
export function describeFailure(
  items: CheckItem[],
  results: StoredResult[],
  locale: 'zh-CN' | 'en-US',
): string {
  const zh = locale === 'zh-CN';
  const parts: string[] = [];
  for (const r of results) {
    if (r.ok) continue;
    const it = items.find((i) => i.key === r.key);
    if (!it) continue;
    let v: string;
    if (r.value === null) v = zh ? '未填' : 'missing';
    else if (typeof r.value === 'boolean') v = r.value ? (zh ? '是' : 'yes') : zh ? '否' : 'no';
    else v = String(r.value);
    let need = '';
    if (it.type === 'number') {
      const unit = it.unit;
      if (it.min !== null && it.max !== null) need = `${it.min}–${it.max}${unit}`;
      else if (it.min !== null) need = `≥ ${it.min}${unit}`;
      else if (it.max !== null) need = `≤ ${it.max}${unit}`;
      v += unit;
    } else if (it.type === 'choice') need = it.pass.join('/');
    parts.push(`${it.label} ${v}${need ? (zh ? `（应 ${need}）` : ` (must be ${need})`) : ''}`);
  }
  return (zh ? '检查不合格：' : 'Check failed: ') + parts.join(zh ? '；' : '; ');
}
