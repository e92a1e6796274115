import { describe, expect, it } from 'vitest';
import { GRADE_KEYS } from '../../../common/domain/gradeKeys';
import { GRADES } from '../../../common/domain/incidents';
import { keyboardSearch, normalise, optionScore, textScore } from './optionMatch';

const gradeLabels: Record<string, string> = {
  I: '特别重大（Ⅰ级）',
  II: '重大（Ⅱ级）',
  III: '较大（Ⅲ级）',
  IV: '一般（Ⅳ级）',
  unrated: '未定级',
};
const grades = GRADES.map((g) => ({ value: g, label: gradeLabels[g], keywords: GRADE_KEYS[g] }));

/** What the select shows for a query, in order: the first is what Enter takes. */
function shown<T extends { value?: string; label?: string }>(
  query: string,
  options: T[],
): (string | undefined)[] {
  return options
    .filter((o) => keyboardSearch.filterOption(query, o))
    .sort((a, b) => keyboardSearch.filterSort(a, b, { searchValue: query }))
    .map((o) => o.value);
}

describe('keyboard option matching', () => {
  it('folds full-width, Roman-numeral characters, case and spaces', () => {
    expect(normalise('Ⅲ')).toBe('iii');
    expect(normalise('２ 级')).toBe('2级');
    expect(normalise('Iv')).toBe('iv');
  });

  it('ranks exact above prefix above contains, and hides what does not match', () => {
    expect(textScore('重大', '重大')).toBeGreaterThan(textScore('重大', '重大（Ⅱ级）'));
    expect(textScore('重大', '重大（Ⅱ级）')).toBeGreaterThan(textScore('重大', '特别重大（Ⅰ级）'));
    expect(textScore('重大', '较大（Ⅲ级）')).toBe(0);
  });

  it.each([
    ['重大', 'II'],
    ['特别重大', 'I'],
    ['较大', 'III'],
    ['一般', 'IV'],
    ['1', 'I'],
    ['2', 'II'],
    ['3', 'III'],
    ['4', 'IV'],
    ['一', 'I'],
    ['二', 'II'],
    ['三', 'III'],
    ['四', 'IV'],
    ['I', 'I'],
    ['ii', 'II'],
    ['III', 'III'],
    ['IV', 'IV'],
    ['Ⅰ', 'I'],
    ['Ⅱ', 'II'],
    ['Ⅲ', 'III'],
    ['Ⅳ', 'IV'],
    ['Ⅱ级', 'II'],
    ['三级', 'III'],
    ['３', 'III'],
    ['未定', 'unrated'],
  ])('grade: %s takes %s first', (query, grade) => {
    expect(shown(query, grades)[0]).toBe(grade);
  });

  it('keeps the listed order among equals and still offers the weaker matches after the exact one', () => {
    expect(shown('重大', grades)).toEqual(['II', 'I']);
    expect(shown('级', grades)).toEqual(['I', 'II', 'III', 'IV', 'unrated']);
  });

  it('works the same for channels and towns (exact name first)', () => {
    const towns = [
      { value: 'a', label: '青石坝乡' },
      { value: 'b', label: '东青石镇' },
      { value: 'c', label: '青石' },
    ];
    expect(shown('青石', towns)).toEqual(['c', 'a', 'b']);
    const channels = [
      { value: 'system', label: '系统推送' },
      { value: 'phone', label: '电话' },
      { value: 'fax', label: '传真' },
    ];
    expect(shown('电话', channels)).toEqual(['phone']);
    expect(shown('x', channels)).toEqual([]);
  });

  it('ranks a group by its best member; a group is kept whole only for its own name', () => {
    const natural = { label: '自然灾害', options: [{ value: 'landslide', label: '滑坡' }] };
    const accident = { label: '事故灾难', options: [{ value: 'fire', label: '火灾' }] };
    expect(optionScore('火灾', accident)).toBeGreaterThan(optionScore('火灾', natural));
    expect(keyboardSearch.filterOption('火灾', accident)).toBe(false);
    expect(keyboardSearch.filterOption('事故', accident)).toBe(true);
  });
});
