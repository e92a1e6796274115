import { callAs, clientKey, e2eNow, expect, signedIn, test, useHost } from './fixtures';

/**
 * The run's hour (DUTY_ROOM_E2E_AT, clock.ts) holds for all three clocks: what the page
 * shows, what the host records, and what the test itself reads. Without this a suite run
 * at 16:03 sees another demo county than one run at 10:00.
 */
const host = useHost({ demo: true });

const shanghai = (ms: number) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(ms);

const seconds = (hms: string) => hms.split(':').reduce((t, p) => t * 60 + Number(p), 0);

/** Seconds between two clock faces, across midnight too. */
const apart = (a: string, b: string) => {
  const d = Math.abs(seconds(a) - seconds(b));
  return Math.min(d, 86_400 - d);
};

test('the page, the host and the test read the same hour', async ({ page }) => {
  await signedIn(page, host);

  // The header's clock is the page's clock, after a load and after a reload (a new
  // document replays the clock Playwright installed).
  for (const when of ['loaded', 'reloaded']) {
    if (when === 'reloaded') await page.reload();
    const shown = (await page.getByTestId('clock').locator('.dr-clock-time').first().innerText()).trim();
    expect(shown).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(apart(shown, shanghai(e2eNow())), `page clock ${when}`).toBeLessThan(120);
  }

  // What the host records as "entered at" is the host's clock.
  const added = await callAs<{ entryId: string }>(page, 'logs.add', {
    clientKey: clientKey('clock'),
    kind: 'spot_check',
    data: {
      callerUnit: '市应急管理局',
      callerName: '王科长',
      answeredBy: '张伟',
      answerSeconds: 8,
      result: '在岗',
    },
  });
  const list = await callAs<{ items: { id: string; enteredAt: string }[] }>(page, 'logs.list', {
    filter: {},
    limit: 50,
  });
  const entry = list.items.find((i) => i.id === added.entryId);
  expect(entry).toBeDefined();
  expect(Math.abs(Date.parse(entry!.enteredAt) - e2eNow())).toBeLessThan(120_000);
});
