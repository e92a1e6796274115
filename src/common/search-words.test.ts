import { describe, expect, it } from 'vitest';
import { contactSearchTexts } from './domain/contacts';
import { matchesWords, words } from './search-words';

describe('search words', () => {
  it('splits on any space, lower-cases, drops empties, keeps five', () => {
    expect(words('  森林  消防\u3000Ab ')).toEqual(['森林', '消防', 'ab']);
    expect(words('a b c d e f g')).toHaveLength(5);
    expect(words(undefined)).toEqual([]);
  });

  it('matches when every word is in one of the texts, across fields', () => {
    const texts = contactSearchTexts({
      unit: '县森林消防专业队',
      person: '王勇',
      post: '队长',
      dutyPhone: '13900000119',
      mobile: '',
      officePhone: '0791-1234',
      townName: '青石镇',
    });
    expect(matchesWords(words('森林 王勇'), texts)).toBe(true);
    expect(matchesWords(words('青石 1234'), texts)).toBe(true);
    expect(matchesWords(words('森林 李'), texts)).toBe(false);
    expect(matchesWords([], texts)).toBe(true);
  });
});
