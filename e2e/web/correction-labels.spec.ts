import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { FIELDS_BY_KIND } from '../../src/renderer/src/pages/logs/entryFields';
import {
  callAs,
  clientKey,
  e2eIso,
  e2eNow,
  expect,
  newIncident,
  screenshots,
  signedIn,
  test,
  useHost,
} from './fixtures';

/**
 * A correction names the fields it changed by their labels, with its reason, in every
 * view: the incident page, the log list, the handover sheet on screen and both prints.
 * The pages' text and the PDFs' text are scanned for every field key a correction can
 * touch: none may show as its code name ("caller").
 */
test.describe.configure({ mode: 'serial' });

const host = useHost({ demo: true });

const KEYS = [
  ...new Set([...Object.values(FIELDS_BY_KIND).flatMap((f) => f.map((d) => d.key)), 'occurredAt']),
];
const REASON_INTAKE = '报告人单位及电话记录有误，经回拨核实更正';
const REASON_VERIFY = '核实对象记录有误';

const api = callAs;

/** Field keys that show as words of the text (a Chinese page has no English words of its own). */
function rawKeys(text: string): string[] {
  return KEYS.filter((k) => new RegExp(`(^|[^A-Za-z])${k}([^A-Za-z]|$)`).test(text));
}

async function pdfText(page: Page): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duty-room-pdf-'));
  const pdf = path.join(dir, 'sheet.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  fs.rmSync(dir, { recursive: true });
  return text;
}

test('corrections show field labels and reasons in every view and print, never a field key', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await signedIn(page, host);
  const shift = await api<{ shift: { start: string } }>(page, 'shifts.get', {});
  // Received in this shift (a minute ago, or just after it began).
  const at = e2eIso(Math.min(60_000, e2eNow() - Date.parse(shift.shift.start) - 1_000));
  const created = await api<{ incident: { id: string }; entryId: string }>(
    page,
    'incidents.create',
    newIncident({
      receivedAt: at,
      caller: { unit: '石门镇人民政府', name: '吴刚', post: '值班员', phone: '13800005555' },
      title: '石门镇金竹村山洪（更正测试）',
      description: '山洪冲毁便道一处。',
      cause: '强降雨',
      place: { townCode: null, address: '石门镇金竹村', point: null },
      subtype: 'flood',
    }),
  );
  const id = created.incident.id;
  // The fields the issue met ("caller"), and others of the intake, in one correction.
  await api(page, 'incidents.correctEntry', {
    entryId: created.entryId,
    clientKey: clientKey('corr1'),
    changes: {
      caller: { unit: '石门镇应急办', name: '吴刚', post: '主任', phone: '13800006666' },
      description: '山洪冲毁便道两处。',
      cause: '短时强降雨',
      losses: '便道两处',
      measures: '镇村干部到场',
      trend: '水位回落',
      // The figures a report carries and who took the call: labelled like the rest.
      relocated: 35,
      affected: 260,
      directLossWan: 12.5,
      recorder: '黄磊',
      gradeReason: '仅冲毁便道，无人员伤亡',
    },
    reason: REASON_INTAKE,
  });
  // A step of another kind, corrected too: its fields are labelled by that kind.
  await api(page, 'incidents.addEntry', {
    incidentId: id,
    clientKey: clientKey('corr2'),
    kind: 'verify',
    data: { with: '石门镇应急办吴刚', means: 'phone', result: 'confirmed', notes: '电话核实' },
  });
  const after = await api<{ entries: { id: string; kind: string }[] }>(page, 'incidents.get', { id });
  const verify = after.entries.find((e) => e.kind === 'verify')!;
  await api(page, 'incidents.correctEntry', {
    entryId: verify.id,
    clientKey: clientKey('corr3'),
    changes: { with: '石门镇政府值班室', result: 'partly', notes: '电话核实，部分属实' },
    reason: REASON_VERIFY,
  });

  // The incident page.
  await page.goto(`${host.url}/#/logs/incident/${id}`);
  await expect(page.getByTestId('correction').first()).toBeVisible();
  let text = await page.locator('.dr-content').innerText();
  expect(text).toContain('报告人');
  expect(text).toContain(REASON_INTAKE);
  for (const label of ['紧急转移安置', '受灾人口', '直接经济损失', '记录人', '定级理由']) expect(text).toContain(label);
  expect(text).toContain('12.5 万元');
  expect(rawKeys(text), 'incident page').toEqual([]);

  // The log list.
  await page.goto(`${host.url}/#/logs`);
  await expect(page.locator('.dr-content')).toContainText(REASON_INTAKE);
  text = await page.locator('.dr-content').innerText();
  expect(text).toMatch(/更正 报告人/);
  const line = text.split('\n').find((l) => l.includes('更正 报告人')) ?? '';
  for (const label of ['紧急转移安置', '受灾人口', '直接经济损失', '定级理由', '记录人']) expect(line).toContain(label);
  // The intake's own row carries its figures with their labels.
  expect(text).toContain('紧急转移安置 35 人；受灾人口 260 人；直接经济损失 12.5 万元');
  expect(rawKeys(text), 'log list').toEqual([]);

  // The handover sheet on screen.
  await page.goto(`${host.url}/#/roster/handover`);
  const entries = page.getByTestId('ho-entries');
  await expect(entries).toBeVisible();
  // Every page of the shift's log, read as shown.
  const pages = await entries.locator('.ant-pagination-item').count();
  text = '';
  for (let i = 0; i < Math.max(1, pages); i++) {
    if (pages > 0) await entries.locator('.ant-pagination-item').nth(i).click();
    text += await page.locator('.dr-content').innerText();
  }
  expect(text).toContain(REASON_INTAKE);
  expect(text).toContain(REASON_VERIFY);
  expect(text).toContain('更正 报告人');
  expect(rawKeys(text), 'handover sheet').toEqual([]);
  await entries.scrollIntoViewIfNeeded();
  await screenshots(page, 'handover-corrections');

  // The handover sheet printed.
  const draft = await api<{ sheet: { shift: { key: string } } }>(page, 'handover.draft', {});
  await page.goto(`${host.url}/#/print/handover/${draft.sheet.shift.key}`);
  await expect(page.getByTestId('handover-print')).toHaveAttribute('data-ready', 'yes');
  text = await pdfText(page);
  expect(text.replace(/\s+/g, '')).toContain(REASON_INTAKE);
  expect(text).toContain('报告人');
  expect(rawKeys(text), 'handover PDF').toEqual([]);

  // The incident's own print.
  await page.goto(`${host.url}/#/print/incident/${id}`);
  await expect(page.getByTestId('print-root')).toHaveAttribute('data-ready', 'yes');
  text = await pdfText(page);
  expect(text.replace(/\s+/g, '')).toContain(REASON_INTAKE);
  expect(text.replace(/\s+/g, '')).toContain('直接经济损失12.5万元');
  expect(text.replace(/\s+/g, '')).toContain('记录人黄磊（系统管理员录入）');
  expect(rawKeys(text), 'incident PDF').toEqual([]);
});
