import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_OPERATORS } from '../../src/core/demo/county';
import { SCREENSHOT_DIR, callAs, expect, screenshots, signedIn, test, useHost } from './fixtures';

/**
 * The incoming shift takes over a response in force: the demo county has one (Ⅳ级, under
 * a plan, decided by the county's deputy head). The handover sheet names it first, on
 * screen and on paper: which incident, which level, which plan, since when, who decided.
 */
const host = useHost({ demo: true });
const CHIEF = '陈立新';
const pinOf = (name: string) => DEMO_OPERATORS.find((o) => o.name === name)!.pin!;

interface Draft {
  sheet: {
    shift: { key: string };
    responses?: { number: string; title: string; planName: string; level: string; decidedBy: string }[];
  };
}

test('the running response is on the handover sheet, screen and print', async ({ page }) => {
  await signedIn(page, host, '#/roster/handover', CHIEF, pinOf(CHIEF));
  const draft = await callAs<Draft>(page, 'handover.draft', {});
  const running = draft.sheet.responses ?? [];
  expect(running.length).toBeGreaterThan(0);
  const r = running[0]!;

  const section = page.getByTestId('ho-responses');
  await expect(section).toContainText(`正在实施的应急响应（${running.length} 项）`);
  const row = section.getByRole('row', { name: new RegExp(r.number) });
  for (const text of [r.title, 'Ⅳ级响应', r.planName, '县政府分管副县长', '青防指〔2026〕5号'])
    await expect(row).toContainText(text);
  await expect(row).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await section.scrollIntoViewIfNeeded();
  await screenshots(page, 'handover-response-screen');

  await page.goto(`${host.url}/#/print/handover/${draft.sheet.shift.key}`);
  await expect(page.getByTestId('handover-print')).toHaveAttribute('data-ready', 'yes');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duty-room-pdf-'));
  const pdf = path.join(dir, 'handover-response.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ');
  expect(text).toContain(`正在实施的应急响应（${running.length} 项）`);
  for (const words of [r.number, 'Ⅳ级响应', r.planName, '县政府分管副县长']) expect(text).toContain(words);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    '1',
    pdf,
    path.join(SCREENSHOT_DIR, 'handover-response-print'),
  ]);
});
