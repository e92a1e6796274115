import { describe, expect, it } from 'vitest';
import { messages } from '../../../common/i18n/messages';
import { AREAS, COMING_AREAS } from '../app/areaList';
import { TIME_ZONES } from '../pages/settings/timeZones';
import { ROLES, LOCALES } from '../../../common/domain/roles';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

// Sources as text, through vite (the renderer may not use node:fs, even in tests).
const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!../i18n/*.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const catalog = (locale: 'zh-CN' | 'en-US'): Record<string, string> => ({
  ...messages[locale],
  ...(locale === 'zh-CN' ? zhCN : enUS),
});

/** Strips comments so that a Chinese word in a comment is not taken for UI text. */
function code(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('UI string catalogs', () => {
  it('zh-CN and en-US have exactly the same keys', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('every key used literally in the renderer exists in both languages', () => {
    const used = new Set<string>();
    for (const src of Object.values(sources)) {
      for (const m of code(src).matchAll(/\bt\(\s*'([a-zA-Z][\w.\-/]*)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    for (const locale of LOCALES) {
      const missing = [...used].filter((k) => !(k in catalog(locale)));
      expect(missing, locale).toEqual([]);
    }
  });

  it('keys built from data exist for every value they can take', () => {
    const keys = [
      ...ROLES.map((r) => `role.${r}`),
      ...AREAS.map((a) => `nav.${a}`),
      ...[...COMING_AREAS].flatMap((a) => [`coming.${a}.summary`, `coming.${a}.points`]),
      ...(['connecting', 'open', 'closed'] as const).flatMap((s) => [
        `connection.${s}`,
        `connection.${s}.hint`,
      ]),
      ...TIME_ZONES.map((z) => `tz.${z}`),
      ...LOCALES.map((l) => `language.${l}`),
      ...['start', 'scheduled', 'manual', 'prerestore'].map((r) => `backups.reasons.${r}`),
      ...['open', 'checks', 'roster', 'latest'].flatMap((k) => [
        `dashboard.coming.${k}.title`,
        `dashboard.coming.${k}.body`,
      ]),
      ...['invalid_input', 'not_found', 'conflict', 'forbidden', 'unauthenticated', 'internal'].map(
        (c) => `errors.${c}`,
      ),
    ];
    for (const locale of LOCALES) {
      expect(
        keys.filter((k) => !(k in catalog(locale))),
        locale,
      ).toEqual([]);
    }
  });

  it('no Chinese text is hard-coded in components: it all goes through i18n', () => {
    const offenders = Object.entries(sources)
      .filter(([, src]) => /[\u3400-\u9fff\uff00-\uffef]/.test(code(src)))
      .map(([file]) => file);
    expect(offenders).toEqual([]);
  });

  it('English strings use straight quotes (the bundled CJK font draws curly ones full-width)', () => {
    expect(Object.entries(enUS).filter(([, v]) => /[‘’“”]/.test(v))).toEqual([]);
  });
});
