import { describe, expect, it } from 'vitest';
import { LOCALES } from '../common/domain/roles';
import { messages } from '../common/i18n/messages';
import { sourcesUnder } from './testing';

// The compiler holds DomainError keys (ErrorKey); this also catches keys written as plain
// strings where no type reaches them (zod messages in the contract, hosts' own refusals).
describe('error keys in the source', () => {
  it('every error key written in common, core, the server or main exists in both languages', () => {
    const used = new Set<string>();
    for (const dir of ['common', 'core', 'server', 'main'])
      for (const [, src] of sourcesUnder(dir))
        for (const m of src.matchAll(/['"`](errors\.[a-z_.]+[a-z_])['"`]/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(100);
    for (const locale of LOCALES)
      expect(
        [...used].filter((k) => !(k in messages[locale])),
        locale,
      ).toEqual([]);
  });
});
