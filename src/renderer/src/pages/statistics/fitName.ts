/** Width of a character in px at the charts' 12 px font: CJK and full-width ones a full em, others about 7 px. */
function charPx(c: string): number {
  return /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(c) ? 12 : 7;
}

/**
 * A chart's axis name cut to fit `px` (at 12 px), ending in "…" when cut: the names of
 * 事件类型 and 事发乡镇 are longer than a bar is wide at 1366×768 and ran into each other.
 */
export function fitName(name: string, px: number): string {
  const chars = [...name];
  let w = 0;
  for (const c of chars) w += charPx(c);
  if (w <= px) return name;
  const room = px - 12; // the ellipsis
  let out = '';
  w = 0;
  for (const c of chars) {
    if (w + charPx(c) > room) break;
    w += charPx(c);
    out += c;
  }
  return `${out.trimEnd()}…`;
}
