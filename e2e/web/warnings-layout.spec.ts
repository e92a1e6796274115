import type { Page } from '@playwright/test';
import { expect, SCREENSHOT_DIR, signedIn, test, useHost } from './fixtures';

/**
 * 预警叫应's recipients table at the duty room's two screen sizes: a recipient's name, its
 * town and phone, each time, each 叫应 / 回执 status and who answered stay whole on one line
 * (Chinese breaks between any two characters, so a column too narrow cut 已接通（值班员）
 * into “（值班” and “员）”). Only long free text (an escalation's note) may wrap.
 */

const host = useHost({ demo: true });

/**
 * The pieces of the recipients table that must each lie on one line, matched in the text of
 * each cell (its blocks apart: a block's text never runs into the next one's).
 */
const WHOLE = [
  // A recipient's town · phone (its name is matched as the row names it).
  '[^\\s·]+ · [0-9-]+',
  // Sent: when, and by which channel.
  '\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2} (电话|短信|传真|微信|系统)',
  // 叫应: answered at, by whom; missed calls; each call's time and result.
  '\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2} 已接通（[^）]*）',
  '未接通 \\d+ 次',
  '\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}',
  '已接通 [^\\s]+',
  '未接通',
  '叫应超时',
  // 回执: at, by whom (how); late.
  '\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2} (?!已接通|自动升级)[^\\s（]+（[^）]+）',
  '超时回执',
];

interface Piece {
  text: string;
  lines: number;
}

/** Every match of WHOLE and every recipient's name in the table, with the lines its text is laid out on. */
async function pieces(page: Page): Promise<Piece[]> {
  return page.getByTestId('warning-recipients').evaluate((table, patterns) => {
    const out: Piece[] = [];
    const blockOf = (n: Node): Element => {
      let el = n.parentElement!;
      while (el.parentElement && getComputedStyle(el).display.startsWith('inline')) el = el.parentElement;
      return el;
    };
    for (const row of table.querySelectorAll<HTMLElement>('tbody tr[data-recipient]')) {
      const name = row.dataset.recipient!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const [i, td] of [...row.querySelectorAll('td')].entries()) {
        // The cell's text, a newline between blocks, and where each text node begins in it.
        const nodes: { node: Text; from: number }[] = [];
        let text = '';
        let block: Element | null = null;
        const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const b = blockOf(n);
          if (block && b !== block) text += '\n';
          block = b;
          nodes.push({ node: n as Text, from: text.length });
          text += n.textContent ?? '';
        }
        const at = (k: number): [Text, number] => {
          const hit = nodes.findLast(({ from }) => from <= k)!;
          return [hit.node, Math.min(k - hit.from, hit.node.length)];
        };
        for (const source of i === 0 ? [`^${name}`, ...patterns] : patterns) {
          for (const m of text.matchAll(new RegExp(source, 'g'))) {
            const range = document.createRange();
            range.setStart(...at(m.index));
            range.setEnd(...at(m.index + m[0].length));
            const rects = [...range.getClientRects()]
              .filter((r) => r.width > 0.5 && r.height > 0.5)
              .sort((a, b) => a.top - b.top);
            // A new line begins where a box's middle lies below the bottom of the line before.
            let lines = 0;
            let bottom = -Infinity;
            for (const r of rects) {
              if ((r.top + r.bottom) / 2 > bottom) {
                lines++;
                bottom = r.bottom;
              }
            }
            out.push({ text: m[0], lines });
          }
        }
      }
    }
    return out;
  }, WHOLE);
}

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`the demo's flood-week warning at ${width}x${height}: names, times and statuses of its recipients stay whole`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await signedIn(page, host, '#/warnings', '陈立新', '2001');
    await page.getByText('全部预警').click();
    await page.getByRole('link', { name: '县气象台发布暴雨橙色预警信号' }).click();
    const table = page.getByTestId('warning-recipients');
    await expect(page.getByTestId('call-log').first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const found = await pieces(page);
    // The flood week's four recipients: names, towns, sent times, answered calls, missed ones, answers.
    expect(found.length).toBeGreaterThan(30);
    for (const text of ['未接通 2 次', '叫应超时', '超时回执', '已接通（值班员）'])
      expect(found.some((p) => p.text.includes(text))).toBe(true);
    expect(found.filter((p) => p.lines !== 1)).toEqual([]);
    // Nothing overflows the page sideways.
    const overflow = await table.evaluate((el) => {
      const card = el.closest('.ant-card')!.getBoundingClientRect();
      return el.getBoundingClientRect().right - card.right;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/warning-recipients-layout-${width}x${height}.png` });
  });
}
