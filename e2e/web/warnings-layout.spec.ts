import type { Page } from '@playwright/test';
import type { ContactView } from '../../src/common/contract/contacts';
import { suggestedRecipients } from '../../src/common/domain/warnings';
import { call, e2eNow, expect, SCREENSHOT_DIR, signedIn, signInToken, test, useHost } from './fixtures';

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

/**
 * The wall's 预警叫应 panel names the towns still silent: on two lines at most, at 1920x1080
 * and at 3840x2160, each name whole, no ellipsis, inside its panel; a list too long for two
 * lines names what fits and counts the rest (…等 18 个乡镇).
 */
test('the wall names the silent towns of a warning on two lines, whole, at 1920x1080 and 3840x2160', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const token = await signInToken(host);
  const towns = await call<{ code: string; name: string }[]>(host, 'geo.towns', {}, token);
  const contacts = await call<ContactView[]>(host, 'contacts.list', {}, token);
  // Sent 40 minutes ago to each town's duty line: every 回执 is overdue, every town silent.
  const silentWarning = async (key: string, headline: string, codes: string[]) => {
    const { warning } = await call<{ warning: { id: string } }>(
      host,
      'warnings.receive',
      {
        clientKey: key,
        source: 'weather',
        issuer: '县气象台',
        issuerRef: '',
        hazard: 'rainstorm',
        level: 'I',
        headline,
        body: '',
        towns: codes,
        polygon: null,
        effectiveAt: null,
        onsetAt: null,
        expiresAt: null,
        receivedAt: new Date(e2eNow() - 45 * 60_000).toISOString(),
        channel: 'system',
      },
      token,
    );
    const lines = suggestedRecipients(contacts, codes).filter((c) => c.townCode);
    expect(lines.length).toBe(codes.length);
    await call(
      host,
      'warnings.forward',
      {
        id: warning.id,
        recipients: lines.map((c) => ({ contactId: c.id, channel: 'phone' })),
        sentAt: new Date(e2eNow() - 40 * 60_000).toISOString(),
      },
      token,
    );
  };
  const few = towns.slice(3, 8);
  await silentWarning(
    'k_e2e_wall_silent_few',
    '县气象台发布暴雨红色预警（五镇）',
    few.map((t) => t.code),
  );
  await silentWarning(
    'k_e2e_wall_silent_all',
    '县气象台发布暴雨红色预警（全县）',
    towns.map((t) => t.code),
  );
  const wallToken = (await call<{ token: string }>(host, 'wallTokens.create', { label: '乡镇大屏' }, token))
    .token;

  for (const [width, height] of [
    [1920, 1080],
    [3840, 2160],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(`${host.url}/#/wall?token=${wallToken}`);
    const panel = page.getByTestId('wall-warnings');
    const silent = panel.getByTestId('wall-warning-silent');
    await expect(silent).toHaveCount(2);
    await expect(page.getByTestId('wall-map-canvas')).toHaveAttribute('data-map-state', 'idle', {
      timeout: 45_000,
    });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Fitted again once the fonts are in: wait for the named count to settle.
    await page.waitForTimeout(300);
    const seen = await silent.evaluateAll((els) =>
      els.map((el) => {
        const panel = el.closest('[data-testid="wall-warnings"]')!;
        const body = panel.querySelector('.dr-wp-body')!;
        const box = el.getBoundingClientRect();
        const p = panel.getBoundingClientRect();
        const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
        const range = document.createRange();
        range.selectNodeContents(el);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top / 4)));
        return {
          text: el.textContent ?? '',
          named: Number((el as HTMLElement).dataset.named),
          towns: Number((el as HTMLElement).dataset.towns),
          // Lines of text it holds, and whether any of it is hidden below them or cut sideways.
          lines: Math.round(box.height / lineHeight),
          tops: tops.size,
          // (a line whose middle lies below the box is clipped; a glyph's overhang is not)
          hidden:
            [...range.getClientRects()].some((r) => (r.top + r.bottom) / 2 > box.bottom) ||
            el.scrollWidth > el.clientWidth + 1,
          ellipsis: getComputedStyle(el).textOverflow === 'ellipsis',
          // Each town's name on one line.
          broken: [...el.querySelectorAll('.dr-ww-town')]
            .filter((t) => t.getClientRects().length !== 1)
            .map((t) => t.textContent),
          inside: box.left >= p.left && box.right <= p.right + 1 && box.bottom <= p.bottom + 1,
          bodyOverflow: body.scrollHeight - body.clientHeight,
        };
      }),
    );
    const label = `${width}x${height}`;
    for (const s of seen) {
      expect(s.lines, label).toBeLessThanOrEqual(2);
      expect(s.tops, label).toBeLessThanOrEqual(2);
      expect(s, label).toMatchObject({ hidden: false, ellipsis: false, broken: [], inside: true });
      expect(s.bodyOverflow, label).toBeLessThanOrEqual(1);
    }
    const [all, five] = [
      seen.find((s) => s.towns === towns.length)!,
      seen.find((s) => s.towns === few.length)!,
    ];
    // Five towns fit on their two lines, every one named.
    expect(five.named, label).toBe(few.length);
    for (const t of few) expect(five.text, label).toContain(t.name);
    // The whole county does not: it fills both lines, names what fits, and counts them all.
    expect(all.tops, label).toBe(2);
    expect(all.named, label).toBeGreaterThanOrEqual(2);
    expect(all.named, label).toBeLessThan(towns.length);
    expect(all.text, label).toMatch(new RegExp(`^超时未回执：.+ 等 ${towns.length} 个乡镇$`));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/wall-warnings-silent-${label}.png` });
  }
});
