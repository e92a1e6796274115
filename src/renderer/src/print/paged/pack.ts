import type { ReactNode } from 'react';

/** A column of a paged table. */
export interface PagedColumn {
  title: ReactNode;
  /** A share of the table's width, e.g. '12%'; columns without one share the rest. */
  width?: string;
  className?: string;
}

/** A cell that is more than its content: a header cell (`head`), or one spanning columns. */
export interface PagedCellSpec {
  cell: ReactNode;
  span?: number;
  head?: boolean;
  className?: string;
}

export type PagedCell = ReactNode | PagedCellSpec;

export interface PagedRow {
  key: string;
  cells: PagedCell[];
  className?: string;
  /** Set on the printed row only (the measuring copy has none), so tests count rows once. */
  testId?: string;
}

interface BlockBase {
  key: string;
  /**
   * Never start a page with this block: if it does not fit after what comes before it,
   * the end of that (the last rows of a table, or a whole small block) moves to the next
   * page with it. Signature blocks use it so they are never left alone on a page.
   */
  keepWithPrevious?: boolean;
}

export type PagedBlock =
  | (BlockBase & { kind: 'node'; node: ReactNode })
  | (BlockBase & {
      kind: 'table';
      title?: ReactNode;
      /** The title again on the pages a table continues on. */
      continuedTitle?: ReactNode;
      columns: PagedColumn[];
      rows: PagedRow[];
      /** Shown in place of the table when it has no rows. */
      empty?: ReactNode;
      className?: string;
    });

/** A whole block, or rows [from, to) of a table (`continued`: not its first piece). */
export type Fragment = { block: number } | { block: number; from: number; to: number; continued: boolean };

/** What the measuring copy found: the usable page height and each block's parts, in px. */
export interface Heights {
  page: number;
  blocks: { whole: number; title: number; head: number; rows: number[]; tail: number }[];
}

// Borders and rounding: a little air per table fragment so nothing is cut by a pixel.
export const SLACK = 3;

/** Rows carried over with a kept block when a table's end must move (fewer if it has fewer). */
const CARRY_ROWS = 2;

const isTable = (b: PagedBlock): b is Extract<PagedBlock, { kind: 'table' }> =>
  b.kind === 'table' && b.rows.length > 0;

/** The least room a block needs where it starts: a node whole; a table its head and first row. */
function startHeight(b: PagedBlock, h: Heights['blocks'][number]): number {
  return isTable(b) ? h.title + h.head + h.tail + SLACK + h.rows[0]! : h.whole;
}

/**
 * Greedy packing into pages: a table's title and header go with at least one row; rows
 * never split; a block marked keepWithPrevious never opens a page after something it
 * could have followed (the end of the block before moves with it).
 */
export function pack(blocks: PagedBlock[], m: Heights): Fragment[][] {
  const pages: Fragment[][] = [[]];
  let used = 0;
  const newPage = () => {
    if (pages.at(-1)!.length > 0) pages.push([]);
    used = 0;
  };
  // Room the blocks kept with block i's end need after it (a chain: signatures, then a note).
  const keepAfter = (i: number) => {
    let sum = 0;
    for (let j = i + 1; j < blocks.length && blocks[j]!.keepWithPrevious; j++) {
      sum += startHeight(blocks[j]!, m.blocks[j]!);
      // Only a whole block passes the chain on: a table ends where its rows end.
      if (isTable(blocks[j]!)) break;
    }
    return sum;
  };

  blocks.forEach((b, i) => {
    const hb = m.blocks[i]!;
    const keep = keepAfter(i);
    if (!isTable(b)) {
      // Move to a fresh page if this block and what must follow it fit there but not here.
      const fitsAlone = hb.whole + keep <= m.page;
      if (used > 0 && (used + hb.whole > m.page || (fitsAlone && used + hb.whole + keep > m.page))) newPage();
      pages.at(-1)!.push({ block: i });
      used += hb.whole;
      return;
    }
    const start = hb.title + hb.head + hb.tail + SLACK;
    const rowsHeight = (a: number, z: number) => hb.rows.slice(a, z).reduce((s, x) => s + x, 0);
    let from = 0;
    let continued = false;
    while (from < b.rows.length) {
      if (used > 0 && used + start + hb.rows[from]! > m.page) newPage();
      const usedBefore = used;
      let h = used + start;
      let to = from;
      // At least one row per fragment, however tall (long texts are cut in pieces by the sheets).
      do {
        h += hb.rows[to]!;
        to++;
      } while (to < b.rows.length && h + hb.rows[to]! <= m.page);

      if (to === b.rows.length && keep > 0 && h + keep > m.page) {
        // The table ends here but what must follow it does not fit: carry its last rows over.
        const n = to - from;
        // A piece that opens its page keeps at least one row there.
        let carry = Math.min(CARRY_ROWS, usedBefore > 0 ? n : n - 1);
        while (carry > 1 && start + rowsHeight(to - carry, to) + keep > m.page) carry--;
        if (carry > 0 && start + rowsHeight(to - carry, to) + keep <= m.page) {
          if (carry < n) pages.at(-1)!.push({ block: i, from, to: to - carry, continued });
          newPage();
          if (carry < n) {
            from = to - carry;
            continued = true;
          }
          continue;
        }
        // Nothing to carry (one row alone on its page): what follows starts the next page.
      }
      pages.at(-1)!.push({ block: i, from, to, continued });
      used = h;
      from = to;
      continued = true;
      if (from < b.rows.length) newPage();
    }
  });
  return pages;
}

/**
 * Long text in pieces of at most `max` characters, cut at line ends where it can be,
 * so a page break falls between pieces and no row is taller than a page.
 */
export function textPieces(text: string, max = 400): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n+/)) {
    const p = para.trim();
    if (!p) continue;
    for (let k = 0; k < p.length; k += max) out.push(p.slice(k, k + max));
  }
  return out;
}
