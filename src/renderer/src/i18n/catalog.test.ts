import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LOCALES, ROLES } from '../../../common/domain/roles';
import { AREAS, COMING_AREAS } from '../app/areaList';
import { TIME_ZONES } from '../pages/settings/timeZones';
import { catalogProblems } from '../../../common/i18n/catalog';
import type { Grade } from '../../../common/domain/incidents';
import { enUS } from './en-US';
import type { TKey } from './keys';
import { createI18n, loadLocale } from './setup';

// Sources as text, through vite (the renderer may not use node:fs, even in tests).
const sources = import.meta.glob<string>(
  ['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!../**/*.test.tsx'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

// What the running app has: every catalog setup.ts merges (ours, core's messages, any area's).
const i18n = createI18n();
// English is not in the initial JavaScript: a fresh instance has only Chinese.
const englishBeforeChosen = i18n.hasResourceBundle('en-US', 'translation');
await loadLocale(i18n, 'en-US');
const catalog = (locale: string): Record<string, unknown> =>
  i18n.getResourceBundle(locale, 'translation') as Record<string, unknown>;

/** String literals, template parts and JSX text of a file: what could reach the screen. */
function textsOf(file: string, src: string): string[] {
  const sf = ts.createSourceFile(
    file,
    src,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      out.push(node.text);
    }
    node.forEachChild(visit);
  };
  visit(sf);
  return out;
}

/** Keys passed literally to t(): `t('nav.logs')`. */
function keysOf(file: string, src: string): string[] {
  const sf = ts.createSourceFile(
    file,
    src,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ((ts.isIdentifier(node.expression) && node.expression.text === 't') ||
        (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 't'))
    ) {
      const first = node.arguments[0];
      if (first && ts.isStringLiteral(first)) out.push(first.text);
    }
    node.forEachChild(visit);
  };
  visit(sf);
  return out;
}

// Catalog files are where the Chinese belongs: this folder ('./') and any area's own i18n/ folder.
const isUiFile = (file: string) => !file.startsWith('./') && !file.includes('/i18n/');
const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

describe('UI string catalogs', () => {
  it('English is fetched only when chosen: a fresh instance holds Chinese alone', () => {
    expect(englishBeforeChosen).toBe(false);
    expect(i18n.hasResourceBundle('en-US', 'translation')).toBe(true);
  });

  it('zh-CN and en-US have exactly the same keys, none of them empty', () => {
    expect(Object.keys(catalog('en-US')).sort()).toEqual(Object.keys(catalog('zh-CN')).sort());
    expect(
      catalogProblems({
        'zh-CN': catalog('zh-CN') as Record<string, string>,
        'en-US': catalog('en-US') as Record<string, string>,
      }),
    ).toEqual([]);
  });

  it('the compiler holds the keys: t() refuses a key no catalog has (checked by typecheck)', () => {
    const { t } = i18n;
    // @ts-expect-error a misspelt key does not compile
    expect(t('nav.dashbaord')).toBe('nav.dashbaord');
    const grade = 'III' as Grade;
    expect(t(`grade.${grade}`)).toBe('较大（Ⅲ级）');
    const known: TKey = 'errors.time_in_future';
    expect(known).toBeTruthy();
    // @ts-expect-error an error key nobody wrote cannot be named
    const unknown: TKey = 'errors.rules_duplicat';
    expect(unknown in catalog('zh-CN')).toBe(false);
  });

  it('every key passed literally to t() exists in both languages', () => {
    const used = new Set<string>();
    for (const [file, src] of Object.entries(sources)) for (const k of keysOf(file, src)) used.add(k);
    expect(used.size).toBeGreaterThan(50);
    for (const locale of LOCALES) {
      const table = catalog(locale);
      expect(
        [...used].filter((k) => !(k in table)),
        locale,
      ).toEqual([]);
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
      const table = catalog(locale);
      expect(
        keys.filter((k) => !(k in table)),
        locale,
      ).toEqual([]);
    }
  });

  it('no Chinese text is hard-coded in components: strings and JSX text go through i18n', () => {
    const offenders = Object.entries(sources)
      .filter(([file]) => isUiFile(file))
      .flatMap(([file, src]) =>
        textsOf(file, src)
          .filter((s) => CJK.test(s))
          .map((s) => `${file}: ${s}`),
      );
    expect(offenders).toEqual([]);
  });

  it('English strings use straight quotes (the bundled CJK font draws curly ones full-width)', () => {
    expect(Object.entries(enUS).filter(([, v]) => /[‘’“”]/.test(v))).toEqual([]);
  });
});
