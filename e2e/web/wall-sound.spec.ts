import path from 'node:path';
import {
  call as callHost,
  expect,
  newIncident,
  SCREENSHOT_DIR,
  signInToken,
  test,
  useHost,
} from './fixtures';

/*
 * The wall's alarm sound in a browser that, like a stock Chrome on a wall PC, will not
 * play audio before someone touches the page: the wall asks once (启用声音), a key
 * press is enough, and from then on a new grade I/II incident sounds.
 *
 * Chromium under Playwright counts every page as already activated by the user (the
 * autoplay flag makes no difference there), so the policy is played here the way
 * Chrome applies it: each AudioContext starts suspended until a gesture resumes it.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const Real = window.AudioContext;
    window.AudioContext = class extends Real {
      constructor(options?: AudioContextOptions) {
        super(options);
        void this.suspend();
      }
    };
  });
});

const host = useHost({ demo: true, lan: true });
let admin = '';
let wall = '';

const call = <T>(method: string, input: unknown) => callHost<T>(host, method, input, admin);

test.beforeAll(async () => {
  admin = await signInToken(host);
  wall = (await call<{ token: string }>('wallTokens.create', { label: '大屏声音测试' })).token;
});

/** `dead` must fit the grade: an accident graded below what its figures call for needs a reason. */
function intake(title: string, grade: 'I' | 'II' | 'IV', dead = 12) {
  return newIncident({
    caller: { unit: '县消防救援大队', name: '赵刚', post: '值班员', phone: '13900002222' },
    title,
    casualties: { dead, injured: 0, missing: 0, trapped: 0 },
    category: 'accident',
    subtype: 'fire',
    grade,
  });
}

test('sound is off by default: no prompt, no sound', async ({ page }) => {
  await page.goto(`${host.url}/#/wall?token=${wall}`);
  await expect(page.getByTestId('wall-board')).toBeVisible();
  await expect(page.getByTestId('wall-incident').first()).toBeVisible();
  await expect(page.getByTestId('sound-prompt')).toHaveCount(0);
  await call('incidents.create', intake('默认静音的重大事件', 'II'));
  await expect(page.getByTestId('alarm-banner')).toBeVisible();
  await expect(page.getByTestId('wall-board')).toHaveAttribute('data-sound-plays', '0');
});

test('with sound on, a blocked browser asks once; after a key press a new 特别重大 incident sounds', async ({
  page,
}) => {
  await call('settings.update', { wallAlarmSound: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${host.url}/#/wall?token=${wall}`);
  const prompt = page.getByTestId('sound-prompt');
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('启用声音');
  await expect(page.getByTestId('wall-incident').first()).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'wall-sound-prompt-1920x1080.png') });
  // The shipped sound file is served with the app.
  const wav = await page.request.get(`${host.url}/sounds/alarm.wav`);
  expect(wav.headers()['content-type']).toBe('audio/wav');
  expect((await wav.body()).subarray(0, 4).toString('ascii')).toBe('RIFF');

  await page.keyboard.press('Enter');
  await expect(prompt).toHaveCount(0);
  await call('incidents.create', intake('城关街道商场火灾', 'I'));
  await expect(page.getByTestId('alarm-banner')).toContainText('城关街道商场火灾');
  await expect(page.getByTestId('alarm-banner')).toContainText('特别重大（Ⅰ级）');
  await expect(page.getByTestId('wall-board')).toHaveAttribute('data-sound-plays', '1');
  // A grade IV incident pulses in the list but does not sound.
  await call('incidents.create', intake('一般事件不报警', 'IV', 0));
  await expect(page.getByTestId('wall-incident').filter({ hasText: '一般事件不报警' })).toHaveAttribute(
    'data-new',
    'true',
  );
  await expect(page.getByTestId('wall-board')).toHaveAttribute('data-sound-plays', '1');
});
