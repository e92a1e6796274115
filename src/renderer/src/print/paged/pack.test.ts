import { describe, expect, it } from 'vitest';
import { SLACK, pack, textPieces, type Fragment, type Heights, type PagedBlock } from './pack';

// Blocks and their measured heights, built side by side (pack only reads the heights).
type Spec =
  { node: number; keep?: boolean } | { rows: number[]; title?: number; head?: number; keep?: boolean };

function sheet(page: number, specs: Spec[]): { blocks: PagedBlock[]; m: Heights } {
  const blocks: PagedBlock[] = specs.map((s, i) =>
    'node' in s
      ? { kind: 'node', key: `b${i}`, node: null, keepWithPrevious: s.keep }
      : {
          kind: 'table',
          key: `b${i}`,
          columns: [{ title: 'c' }],
          rows: s.rows.map((_, r) => ({ key: `r${r}`, cells: [r] })),
          keepWithPrevious: s.keep,
        },
  );
  const m: Heights = {
    page,
    blocks: specs.map((s) => {
      if ('node' in s) return { whole: s.node, title: s.node, head: 0, rows: [], tail: 0 };
      const title = s.title ?? 0;
      const head = s.head ?? 20;
      return { whole: title + head + s.rows.reduce((a, x) => a + x, 0), title, head, rows: s.rows, tail: 0 };
    }),
  };
  return { blocks, m };
}

const rows = (n: number, h = 20) => Array.from({ length: n }, () => h);
const span = (f: Fragment) => ('from' in f ? [f.block, f.from, f.to] : [f.block]);

/** Height used on each page, as pack placed it (a table piece carries its head again). */
function heights(pages: Fragment[][], m: Heights): number[] {
  return pages.map((p) =>
    p.reduce((sum, f) => {
      const h = m.blocks[f.block]!;
      if (!('from' in f)) return sum + h.whole;
      return sum + h.title + h.head + h.tail + SLACK + h.rows.slice(f.from, f.to).reduce((a, x) => a + x, 0);
    }, 0),
  );
}

describe('pack', () => {
  it('keeps a signature block with the end of its table instead of alone on the next page', () => {
    // The roster month: a heading, 38 rows that just fit, and 编制/审核 that do not.
    const { blocks, m } = sheet(1000, [{ node: 100 }, { rows: rows(38, 22) }, { node: 60, keep: true }]);
    const pages = pack(blocks, m);
    expect(pages).toHaveLength(2);
    expect(pages.map((p) => p.map(span))).toEqual([
      [[0], [1, 0, 36]],
      [[1, 36, 38], [2]],
    ]);
    // The carried rows repeat the table's header on their page (a continued piece).
    expect(pages[1]![0]).toMatchObject({ continued: true });
    for (const h of heights(pages, m)) expect(h).toBeLessThanOrEqual(1000);
  });

  it('leaves a signature that fits where it is', () => {
    const { blocks, m } = sheet(1000, [{ node: 100 }, { rows: rows(30, 22) }, { node: 60, keep: true }]);
    expect(pack(blocks, m).map((p) => p.map(span))).toEqual([[[0], [1, 0, 30], [2]]]);
  });

  it('without keepWithPrevious a block may open a page (what the roster did before)', () => {
    const { blocks, m } = sheet(1000, [{ node: 100 }, { rows: rows(38, 22) }, { node: 60 }]);
    expect(pack(blocks, m).map((p) => p.map(span))).toEqual([[[0], [1, 0, 38]], [[2]]]);
  });

  it('keeps a chain together: table, signatures, then a note kept with the signatures', () => {
    const { blocks, m } = sheet(1000, [
      { rows: rows(40, 20) },
      { node: 90, keep: true },
      { node: 30, keep: true },
      { node: 400 },
    ]);
    const pages = pack(blocks, m);
    // 23 + 800 fits, + 90 + 30 = 943 fits too; the big node after them goes to a new page.
    expect(pages.map((p) => p.map(span))).toEqual([[[0, 0, 40], [1], [2]], [[3]]]);
    const { blocks: b2, m: m2 } = sheet(1000, [
      { rows: rows(45, 20) },
      { node: 90, keep: true },
      { node: 30, keep: true },
    ]);
    const p2 = pack(b2, m2);
    // 23 + 900 + 120 > 1000: two rows go over with both kept blocks.
    expect(p2.map((p) => p.map(span))).toEqual([[[0, 0, 43]], [[0, 43, 45], [1], [2]]]);
  });

  it('moves a heading to the next page with the table it introduces', () => {
    const { blocks, m } = sheet(1000, [{ node: 930 }, { node: 40 }, { rows: rows(5, 30), keep: true }]);
    expect(pack(blocks, m).map((p) => p.map(span))).toEqual([[[0]], [[1], [2, 0, 5]]]);
  });

  it('moves a short table whole when its rows cannot be split around the signature', () => {
    const { blocks, m } = sheet(1000, [{ node: 900 }, { rows: [30] }, { node: 60, keep: true }]);
    expect(pack(blocks, m).map((p) => p.map(span))).toEqual([[[0]], [[1, 0, 1], [2]]]);
  });

  it('does not loop when nothing can help (one tall row alone on its page)', () => {
    const { blocks, m } = sheet(1000, [{ rows: [950] }, { node: 60, keep: true }]);
    expect(pack(blocks, m).map((p) => p.map(span))).toEqual([[[0, 0, 1]], [[1]]]);
  });

  it('places every row once, in order, within the page, for any heights', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 200; run++) {
      const specs: Spec[] = [{ node: 50 + Math.floor(rnd() * 150) }];
      const tables = 1 + Math.floor(rnd() * 3);
      for (let k = 0; k < tables; k++)
        specs.push({
          rows: Array.from({ length: Math.floor(rnd() * 80) + 1 }, () => 15 + Math.floor(rnd() * 60)),
          title: 25,
          head: 20,
          keep: rnd() < 0.3,
        });
      specs.push({ node: 40 + Math.floor(rnd() * 80), keep: true });
      const { blocks, m } = sheet(1000, specs);
      const pages = pack(blocks, m);
      const seen: string[] = [];
      for (const p of pages)
        for (const f of p)
          if ('from' in f) for (let r = f.from; r < f.to; r++) seen.push(`${f.block}.${r}`);
          else seen.push(`${f.block}`);
      const expected = specs.flatMap((s, i) => ('node' in s ? [`${i}`] : s.rows.map((_, r) => `${i}.${r}`)));
      expect(seen).toEqual(expected);
      for (const h of heights(pages, m)) expect(h).toBeLessThanOrEqual(1000);
      // The signature never opens a page.
      const last = specs.length - 1;
      expect(pages.find((p) => p[0]!.block === last)).toBeUndefined();
    }
  });
});

describe('textPieces', () => {
  it('cuts long text at line ends and then by length, dropping empty lines', () => {
    expect(textPieces('甲\n\n乙乙\n', 400)).toEqual(['甲', '乙乙']);
    const long = '字'.repeat(950);
    expect(textPieces(long, 400).map((p) => p.length)).toEqual([400, 400, 150]);
    expect(textPieces('', 400)).toEqual([]);
  });
});
