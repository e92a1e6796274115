import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../../common/domain/roles';
import { createI18n, switchLocale } from '../../i18n/setup';
import { correctedFieldLabel, fieldLabel, FIELDS_BY_KIND } from './entryFields';

/**
 * Every field a correction can touch (each kind's fields, and any entry's time) has a
 * label in both languages: no view shows a field's code name ("caller").
 */
describe('field labels', () => {
  const i18n = createI18n();
  for (const locale of LOCALES) {
    it(`labels every correctable field in ${locale}`, async () => {
      await switchLocale(i18n, locale);
      const t = i18n.getFixedT(locale);
      const raw: string[] = [];
      for (const [kind, fields] of Object.entries(FIELDS_BY_KIND))
        for (const key of [...fields.map((f) => f.key), 'occurredAt']) {
          const text = fieldLabel(t, kind, key);
          if (text === key || /^[a-z]+[A-Z]/.test(text) || text.startsWith('logs.'))
            raw.push(`${kind}.${key}`);
        }
      expect(raw).toEqual([]);
    });

    it(`labels a correction's fields in ${locale} when only the key is known`, async () => {
      const t = i18n.getFixedT(locale);
      for (const fields of Object.values(FIELDS_BY_KIND))
        for (const { key } of fields) expect(correctedFieldLabel(t, key, null)).not.toBe(key);
    });
  }
});
