import { describe, expect, it } from 'vitest';
import { LOCALES } from '../common/domain/roles';
import { catalogProblems } from '../common/i18n/catalog';
import { domainLabels } from '../common/i18n/domain-labels';
import { messages } from '../common/i18n/messages';
import { sourcesUnder } from '../core/testing';
import { cliMessages } from '../server/cli-messages';
import { desktopMessages } from './desktop-messages';

// Core, the server and main write no sentences: they name catalog entries. A key written
// as a plain string (a column, a sheet, a file title, a CLI line) must exist in both
// languages, or a reader meets a raw key in a file name or a header.
describe('text keys in the source', () => {
  const PREFIXES =
    /['"`]((?:column|columnHint|cell|exportSheet|exportFile|printFile|weekday|answer|list|checkFailure|blockingLine|cli|notBuilt|app|menu|about|print|savePdf|pdf|openFailed)\.[A-Za-z0-9_.]*[A-Za-z0-9_])['"`]/g;
  const tables = {
    'zh-CN': {
      ...domainLabels['zh-CN'],
      ...messages['zh-CN'],
      ...cliMessages['zh-CN'],
      ...desktopMessages['zh-CN'],
    },
    'en-US': {
      ...domainLabels['en-US'],
      ...messages['en-US'],
      ...cliMessages['en-US'],
      ...desktopMessages['en-US'],
    },
  } as Record<(typeof LOCALES)[number], Record<string, string>>;

  it('every such key written in core, the server or main exists in both languages', () => {
    const used = new Set<string>();
    for (const dir of ['common/areas', 'core', 'server', 'main'])
      for (const [, src] of sourcesUnder(dir)) for (const m of src.matchAll(PREFIXES)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(60);
    for (const locale of LOCALES)
      expect(
        [...used].filter((k) => !(k in tables[locale])),
        locale,
      ).toEqual([]);
  });

  it('the host and desktop catalogs have the same keys in both languages and no empty value', () => {
    expect(catalogProblems(cliMessages)).toEqual([]);
    expect(catalogProblems(desktopMessages)).toEqual([]);
    expect(catalogProblems(tables)).toEqual([]);
  });

  it('a key missing from one language is found (the check above is not vacuous)', () => {
    const zhOnly = { 'zh-CN': { 'column.x': '甲', 'cli.y': '乙' }, 'en-US': { 'cli.y': 'B' } };
    expect(catalogProblems(zhOnly)).toEqual(['column.x: missing in en-US']);
  });
});
