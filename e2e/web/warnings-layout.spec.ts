import type { Page } from '@playwright/test';
import type { ContactView } from '../../src/common/contract/contacts';
import type { DispatchView } from '../../src/common/contract/dispatches';
import type { IncidentSummary } from '../../src/common/contract/incidents';
import type { WarningView } from '../../src/common/contract/warnings';
import { nextDispatchState } from '../../src/common/domain/teams';
import { suggestedRecipients } from '../../src/common/domain/warnings';
import {
  call,
  clientKey,
  e2eNow,
  expect,
  type HostRef,
  newWallToken,
  openWall,
  SCREENSHOT_DIR,
  signedIn,
  signInToken,
  test,
  useHost,
  WALL_SIZES,
} from './fixtures';

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
 * What is cut, runs into its neighbour or leaves the panel in the wall's 预警叫应 rows: any
 * element with an ellipsis or holding more than it shows, any text outside its element or
 * its row, a row's parts (the level, the facts, 回执 x/y) side by side or its lines (title,
 * silent towns, 已升级叫应, 预警响应) one under the other running into each other, a row
 * outside the panel, the panel's body overflowing.
 */
function wallWarningProblems(page: Page): Promise<string[]> {
  return page.getByTestId('wall-warnings').evaluate((panel) => {
    const out: string[] = [];
    const what = (el: Element) => `${el.className || el.tagName} "${(el.textContent ?? '').slice(0, 40)}"`;
    const outside = (a: DOMRect, b: DOMRect) =>
      a.left < b.left - 1 || a.right > b.right + 1 || a.top < b.top - 1 || a.bottom > b.bottom + 1;
    const p = panel.getBoundingClientRect();
    const body = panel.querySelector('.dr-wp-body')!;
    if (body.scrollHeight > body.clientHeight + 1)
      out.push(`the panel's body overflows by ${body.scrollHeight - body.clientHeight}px`);
    for (const row of panel.querySelectorAll<HTMLElement>('[data-testid="wall-warning"]')) {
      const r = row.getBoundingClientRect();
      if (outside(r, p)) out.push(`${what(row)} leaves the panel`);
      for (const el of [row, ...row.querySelectorAll<HTMLElement>('*')]) {
        const cs = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        if (cs.textOverflow === 'ellipsis') out.push(`${what(el)} has an ellipsis`);
        if (el.scrollWidth > el.clientWidth + 1) out.push(`${what(el)} is cut sideways`);
        if (cs.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1)
          out.push(`${what(el)} is cut below`);
        if (box.width > 0 && outside(box, r)) out.push(`${what(el)} leaves its row`);
        // Its own text, line by line, inside its line of the row (a word too long for its
        // line would stick out sideways; a line whose middle lies below it is clipped, while
        // a glyph's box reaching past a tight line-height is not).
        const block = el.closest<HTMLElement>('.dr-ww-main > *, .dr-ww-row > *') ?? el;
        const b = block.getBoundingClientRect();
        for (const node of el.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const t of range.getClientRects()) {
            const middle = (t.top + t.bottom) / 2;
            if (
              t.width > 0.5 &&
              (t.left < b.left - 1 || t.right > b.right + 1 || middle < b.top || middle > b.bottom)
            )
              out.push(`"${node.textContent}" sticks out of ${what(block)}`);
          }
        }
      }
      const parts = [...row.children].map((e) => ({ e, b: e.getBoundingClientRect() }));
      for (let i = 1; i < parts.length; i++)
        if (parts[i - 1]!.b.right > parts[i]!.b.left + 0.5)
          out.push(`${what(parts[i - 1]!.e)} runs into ${what(parts[i]!.e)}`);
      const lines = [...row.querySelector('.dr-ww-main')!.children].map((e) => ({
        e,
        b: e.getBoundingClientRect(),
      }));
      for (let i = 1; i < lines.length; i++)
        if (lines[i - 1]!.b.bottom > lines[i]!.b.top + 0.5)
          out.push(`${what(lines[i - 1]!.e)} runs into ${what(lines[i]!.e)}`);
    }
    return out;
  });
}

/**
 * Receives a rainstorm warning for `codes` and forwards it to each town's duty line: a red one
 * sent 40 minutes ago (every 回执 overdue, every town silent, each climbing its ladder by the
 * rule at the host's next tick), a yellow one (no 叫应 call due) sent 2 minutes ago: nobody is
 * late yet.
 */
function forwarder(host: HostRef, token: string, contacts: ContactView[]) {
  return async (key: string, headline: string, codes: string[], level: 'I' | 'III' = 'I') => {
    const sent = level === 'I' ? 40 : 2;
    const { warning } = await call<{ warning: { id: string } }>(
      host,
      'warnings.receive',
      {
        clientKey: key,
        source: 'weather',
        issuer: '县气象台',
        issuerRef: '',
        hazard: 'rainstorm',
        level,
        headline,
        body: '',
        towns: codes,
        polygon: null,
        effectiveAt: null,
        onsetAt: null,
        expiresAt: null,
        receivedAt: new Date(e2eNow() - (sent + 5) * 60_000).toISOString(),
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
        sentAt: new Date(e2eNow() - sent * 60_000).toISOString(),
      },
      token,
    );
    return warning.id;
  };
}

/**
 * The wall's 预警叫应 panel never cuts a fact, at 1920x1080 and at 3840x2160: a warning's
 * towns on the title line are named whole as far as they fit on it and the rest counted
 * (暴雨 · 城关街道、东湖街道 等 18 个乡镇), the towns still silent on two lines at most, whom
 * they climbed to (已升级叫应) on one, likewise; nothing has an ellipsis, is clipped, runs into
 * its neighbour or leaves the panel.
 */
test('the wall names the towns of a warning, the silent ones and whom they climbed to, whole, at 1920x1080 and 3840x2160', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const token = await signInToken(host);
  const towns = await call<{ code: string; name: string }[]>(host, 'geo.towns', {}, token);
  const contacts = await call<ContactView[]>(host, 'contacts.list', {}, token);
  const forwarded = forwarder(host, token, contacts);
  const few = towns.slice(3, 8);
  await forwarded(
    'k_e2e_wall_silent_few',
    '县气象台发布暴雨红色预警（五镇）',
    few.map((t) => t.code),
  );
  await forwarded(
    'k_e2e_wall_silent_all',
    '县气象台发布暴雨红色预警（全县）',
    towns.map((t) => t.code),
  );
  await forwarded(
    'k_e2e_wall_quiet_all',
    '县气象台发布暴雨黄色预警（全县）',
    towns.map((t) => t.code),
    'III',
  );
  // The demo's teams go back (归队): with no team out the right column has the room for the
  // three rows beside one whole open incident (with teams out the warnings give way, below).
  for (const d of await call<DispatchView[]>(host, 'dispatches.list', {}, token))
    for (let state = nextDispatchState(d.state); state; state = nextDispatchState(state))
      await call(
        host,
        'dispatches.update',
        { dispatchId: d.id, clientKey: clientKey('e2e_wall_team_back'), state, note: '' },
        token,
      );
  const wallToken = await newWallToken(host, '乡镇大屏', token);

  for (const size of WALL_SIZES) {
    await openWall(page, host, wallToken, size);
    const panel = page.getByTestId('wall-warnings');
    const rows = panel.getByTestId('wall-warning');
    await expect(rows).toHaveCount(3);
    // Each silent town has climbed its ladder by the rule (the host's tick, every 10 s).
    await expect(rows.getByTestId('wall-warning-escalated')).toHaveCount(2, { timeout: 30_000 });
    // Fitted again once the fonts are in: wait for the named counts to settle.
    await page.waitForTimeout(300);
    const label = `${size.width}x${size.height}`;
    expect(await wallWarningProblems(page), label).toEqual([]);
    const seen = await rows.evaluateAll((els) =>
      els.map((row) => {
        // The lines a fact's text is laid out on (its boxes grouped by where they sit: digits
        // of another font make a line taller than its line-height), and its words broken.
        const fact = (id: string) => {
          const el = row.querySelector<HTMLElement>(`[data-testid="${id}"]`);
          if (!el) return null;
          const range = document.createRange();
          range.selectNodeContents(el);
          const boxes = [...range.getClientRects()]
            .filter((r) => r.width > 0.5 && r.height > 0.5)
            .sort((a, b) => a.top - b.top);
          let lines = 0;
          let bottom = -Infinity;
          for (const r of boxes) {
            if ((r.top + r.bottom) / 2 > bottom) {
              lines++;
              bottom = r.bottom;
            }
          }
          return {
            text: el.textContent ?? '',
            named: Number(el.dataset.named),
            names: Number(el.dataset.names),
            lines,
            broken: [...el.querySelectorAll('.dr-ww-word')]
              .filter((w) => w.getClientRects().length !== 1)
              .map((w) => w.textContent),
          };
        };
        return {
          title: fact('wall-warning-title'),
          silent: fact('wall-warning-silent'),
          escalated: fact('wall-warning-escalated'),
        };
      }),
    );
    const names = towns.map((x) => x.name);
    for (const { title: t } of seen) {
      // The title on one line, no word of it broken.
      expect(t, label).toMatchObject({ lines: 1, broken: [] });
      // Named whole as far as they fit, the rest counted: all of them are the warning's towns.
      const title = /^暴雨 · (?:(\d+) 个乡镇|(.+?)(?: 等 (\d+) 个乡镇)?)$/.exec(t!.text);
      expect(title, `${label}: ${t!.text}`).not.toBeNull();
      const named = title![2]?.split('、') ?? [];
      expect(named.length, label).toBe(t!.named);
      for (const name of named) expect(names, label).toContain(name);
      if (t!.named < t!.names) expect(Number(title![1] ?? title![3]), label).toBe(t!.names);
    }
    const silentRows = seen.flatMap(({ title, silent, escalated }) =>
      silent && escalated ? [{ title: title!, silent, escalated }] : [],
    );
    expect(silentRows.length, label).toBe(2);
    for (const row of silentRows) {
      // The silent towns on two lines at most, whom they climbed to on one, no word broken.
      expect(row.silent.lines, label).toBeLessThanOrEqual(2);
      expect(row.silent.broken, label).toEqual([]);
      expect(row.escalated, label).toMatchObject({ lines: 1, broken: [] });
      // 已升级叫应：the people named whole, the rest counted.
      expect(row.escalated.named, label).toBeGreaterThanOrEqual(1);
      expect(row.escalated.text, label).toMatch(
        row.escalated.named < row.escalated.names
          ? new RegExp(`^已升级叫应：\\S+ 等 ${row.escalated.names} 人$`)
          : /^已升级叫应：\S+$/,
      );
    }
    const [all, five] = [
      silentRows.find((s) => s.title.names === towns.length)!,
      silentRows.find((s) => s.title.names === few.length)!,
    ];
    // The whole county's title cannot name them all on its line, beside silent towns or not: it
    // names what fits, and counts them.
    expect(all.title.named, label).toBeLessThan(towns.length);
    expect(seen.find((row) => !row.silent)!.title!.named, label).toBeLessThan(towns.length);
    // Five silent towns fit on their two lines, every one named.
    expect(five.silent.named, label).toBe(few.length);
    for (const t of few) expect(five.silent.text, label).toContain(t.name);
    // The whole county does not: it fills both lines, names what fits, and counts them all.
    expect(all.silent.lines, label).toBe(2);
    expect(all.silent.named, label).toBeGreaterThanOrEqual(2);
    expect(all.silent.named, label).toBeLessThan(towns.length);
    expect(all.silent.text, label).toMatch(new RegExp(`^超时未回执：.+ 等 ${towns.length} 个乡镇$`));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/wall-warnings-silent-${label}.png` });
  }
});

/**
 * What is cut or left out of its panel in the wall's right column, and how many open
 * incidents are shown whole: a row (an incident, a warning, a team) or a count line
 * (另有 N 起) whose box is not inside its panel's body, a panel's body holding more than it
 * shows.
 */
function rightColumn(page: Page): Promise<{ wholeIncidents: number; problems: string[] }> {
  return page.locator('.dr-wall-col-right').evaluate((col) => {
    const problems: string[] = [];
    const inside = (a: DOMRect, b: DOMRect) =>
      a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    const what = (el: Element) => `${el.className} "${(el.textContent ?? '').slice(0, 30)}"`;
    let wholeIncidents = 0;
    for (const panel of col.querySelectorAll<HTMLElement>(':scope > .dr-wp')) {
      const name = panel.dataset.testid;
      const body = panel.querySelector<HTMLElement>('.dr-wp-body')!;
      const b = body.getBoundingClientRect();
      if (body.scrollHeight > body.clientHeight + 1)
        problems.push(`${name}: the body overflows by ${body.scrollHeight - body.clientHeight}px`);
      for (const row of body.querySelectorAll('li, .dr-wi-more')) {
        const r = row.getBoundingClientRect();
        if (!inside(r, b))
          problems.push(
            `${name}: ${what(row)} (${Math.round(r.top)}–${Math.round(r.bottom)}) leaves the body (${Math.round(b.top)}–${Math.round(b.bottom)})`,
          );
        else if (row.matches('[data-testid="wall-incident"]')) wholeIncidents++;
      }
    }
    return { wholeIncidents, problems };
  });
}

/**
 * The open incidents are what the wall is for: with three escalated warnings (each naming its
 * silent towns on two lines and whom they climbed to) above them, 未结事件 still shows at least
 * one incident row whole, at 1920x1080 and 3840x2160; the warnings give way — fewer rows, each
 * whole, the rest counted (另有 N 条预警) — and nothing leaves its panel.
 */

test.describe('with teams out', () => {
  // A host of its own: its demo's two teams stay out (the test above sends its host's back).
  const wall = useHost({ demo: true });

  test('three escalated warnings give way to the open incidents on the wall: one whole incident row at least, the warnings counted, at 1920x1080 and 3840x2160', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const token = await signInToken(wall);
    const towns = await call<{ code: string; name: string }[]>(wall, 'geo.towns', {}, token);
    const contacts = await call<ContactView[]>(wall, 'contacts.list', {}, token);
    // The demo's open incidents: countdowns to their next report, one under a 响应.
    const open = await call<{ items: IncidentSummary[] }>(
      wall,
      'incidents.list',
      { open: true, sort: 'gravity', limit: 200 },
      token,
    );
    expect(open.items.filter((i) => i.nextDue).length).toBeGreaterThan(1);
    expect(open.items.some((i) => i.response)).toBe(true);
    const forwarded = forwarder(wall, token, contacts);
    const codes = towns.map((t) => t.code);
    const ids = [
      await forwarded('k_e2e_wall_give_way_all', '县气象台发布暴雨红色预警（全县，叫应升级）', codes),
      await forwarded('k_e2e_wall_give_way_west', '县气象台发布暴雨红色预警（西部）', codes.slice(0, 6)),
      await forwarded('k_e2e_wall_give_way_east', '县气象台发布暴雨红色预警（东部）', codes.slice(-6)),
    ];
    // Every silent town of the three has climbed its ladder by the rule (the host's tick, every 10 s).
    await expect
      .poll(
        async () => {
          const { warnings } = await call<{ warnings: WarningView[] }>(
            wall,
            'warnings.list',
            { scope: 'live' },
            token,
          );
          return ids.map((id) => {
            const w = warnings.find((x) => x.id === id)!;
            return w.recipients.filter((r) => r.escalatedFrom).length >= w.towns.length;
          });
        },
        { timeout: 30_000 },
      )
      .toEqual([true, true, true]);
    const { warnings: live } = await call<{ warnings: WarningView[] }>(
      wall,
      'warnings.list',
      { scope: 'live' },
      token,
    );
    const wallToken = await newWallToken(wall, '让位大屏', token);

    for (const size of WALL_SIZES) {
      await openWall(page, wall, wallToken, size);
      const label = `${size.width}x${size.height}`;
      // The right column as the brief has it: warnings, open incidents and the teams out.
      await expect(page.getByTestId('wall-teams')).toBeVisible();
      // Fitted again once the fonts are in: let the fitting settle.
      await page.waitForTimeout(300);
      const { wholeIncidents, problems } = await rightColumn(page);
      expect(problems, label).toEqual([]);
      expect(wholeIncidents, `${label}: incident rows shown whole`).toBeGreaterThanOrEqual(1);
      // The warnings' rows whole: nothing cut, clipped, run together or out of the panel.
      expect(await wallWarningProblems(page), label).toEqual([]);
      // The gravest first (the three red ones, newest first): each shown row has climbed.
      const panel = page.getByTestId('wall-warnings');
      const rows = panel.getByTestId('wall-warning');
      const shown = await rows.count();
      expect(shown, label).toBeGreaterThanOrEqual(1);
      await expect(rows.getByTestId('wall-warning-escalated')).toHaveCount(shown);
      // Those that gave way are counted: shown and counted are every live warning.
      const more = panel.getByTestId('wall-warnings-more');
      const counted = (await more.count()) ? Number(/另有 (\d+) 条预警/.exec(await more.innerText())![1]) : 0;
      expect(shown + counted, label).toBe(live.length);
      // And the incidents that do not fit are counted too.
      const total = open.items.length;
      const listed = await page.getByTestId('wall-incident').count();
      if (listed < total) {
        await expect(page.getByTestId('wall-incidents-more')).toHaveText(`另有 ${total - listed} 起未显示`);
        // …under as many rows as the panel has room for: less than a row (88u) left below the line.
        const left = await page
          .locator('.dr-wi-list')
          .evaluate(
            (list) =>
              list.getBoundingClientRect().bottom -
              list.querySelector('[data-testid="wall-incidents-more"]')!.getBoundingClientRect().bottom,
          );
        expect(left, `${label}: room left under 另有 N 起`).toBeLessThan((88 * size.width) / 1920);
      }
      await page.screenshot({ path: `${SCREENSHOT_DIR}/wall-warnings-give-way-${label}.png` });
    }
  });
});
