import { describe, expect, it } from 'vitest';
import { createI18n, loadLocale } from '../i18n/setup';
import { durationParts, formatDuration, SECONDS_BELOW_MS } from './duration';

const i18n = createI18n();
await loadLocale(i18n, 'en-US');
const zh = i18n.getFixedT('zh-CN');
const en = i18n.getFixedT('en-US');
const S = 1000;
const M = 60 * S;
const H = 60 * M;

describe('formatDuration', () => {
  it('writes the examples of the duty room as durations, in Chinese', () => {
    expect(formatDuration(16 * H + 28 * M + 53 * S, zh)).toBe('16小时28分');
    expect(formatDuration(-23 * M, zh)).toBe('23分钟');
    expect(formatDuration(1 * H + 33 * M + 30 * S, zh)).toBe('1小时33分');
    expect(formatDuration(2 * 24 * H + 3 * H + 5 * M, zh)).toBe('2天3小时');
    expect(formatDuration(24 * H + 59 * M, zh)).toBe('1天');
    expect(formatDuration(3 * H + 59 * S, zh)).toBe('3小时');
    expect(formatDuration(9 * M + 5 * S, zh)).toBe('9分05秒');
    expect(formatDuration(45 * S + 999, zh)).toBe('45秒');
    expect(formatDuration(0, zh)).toBe('0秒');
  });

  it('writes the same in English', () => {
    expect(formatDuration(16 * H + 28 * M + 53 * S, en)).toBe('16 h 28 min');
    expect(formatDuration(-23 * M, en)).toBe('23 min');
    expect(formatDuration(2 * 24 * H + 3 * H, en)).toBe('2 d 3 h');
    expect(formatDuration(9 * M + 5 * S, en)).toBe('9 min 05 s');
    expect(formatDuration(45 * S, en)).toBe('45 s');
  });

  it('never reads as a clock time (no h:mm or mm:ss) at any span, either sign, either language', () => {
    for (let ms = 0; ms < 3 * 24 * H; ms += 97 * S + 123) {
      for (const t of [zh, en]) {
        for (const v of [ms, -ms]) expect(formatDuration(v, t)).not.toMatch(/\d:\d/);
      }
    }
  });

  it('shows seconds only in the last ten minutes', () => {
    expect(SECONDS_BELOW_MS).toBe(10 * M);
    expect(durationParts(10 * M)).toEqual({ unit: 'minutes', m: 10 });
    expect(durationParts(10 * M - 1)).toEqual({ unit: 'minSec', m: 9, s: 59 });
    expect(durationParts(-(10 * M - 1))).toEqual({ unit: 'minSec', m: 9, s: 59 });
    expect(durationParts(59 * S)).toEqual({ unit: 'seconds', s: 59 });
  });

  it('cuts rather than rounds: never more time left than there is', () => {
    expect(durationParts(H - 1)).toEqual({ unit: 'minutes', m: 59 });
    expect(durationParts(H)).toEqual({ unit: 'hours', h: 1, m: 0 });
    expect(durationParts(24 * H - 1)).toEqual({ unit: 'hours', h: 23, m: 59 });
    expect(durationParts(24 * H)).toEqual({ unit: 'days', d: 1, h: 0 });
  });
});
