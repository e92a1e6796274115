/**
 * Test support: text as Chinese Excel/WPS saves "CSV" (GB18030, two bytes per Hanzi).
 * Built by decoding every two-byte code once, as Node has no GB18030 encoder of its own.
 * Characters outside the two-byte range (rare, 4-byte in GB18030) are not needed here.
 */
let table: Map<string, [number, number]> | null = null;

function codes(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const dec = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  return table;
}

export function encodeGb18030(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    const pair = codes().get(ch);
    if (!pair) throw new Error(`no two-byte GB18030 code for ${ch}`);
    out.push(pair[0], pair[1]);
  }
  return new Uint8Array(out);
}
