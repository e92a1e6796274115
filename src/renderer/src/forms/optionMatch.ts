import type { ReactNode } from 'react';
import { GRADE_KEYS } from '../../../common/domain/gradeKeys';
import { GRADES, type Grade } from '../../../common/domain/incidents';

/**
 * Type-to-pick for every keyboard select: the option whose label (or one of its
 * keywords) equals what was typed comes first, then those that start with it, then
 * those that merely contain it; nothing else is shown. The first option is the one
 * Enter takes, so "重大" must never be answered by "特别重大" just because it is listed
 * first.
 */
export interface MatchableOption {
  label?: ReactNode;
  /** Other words that name this option (e.g. 2, 二, II for a Ⅱ级 grade). */
  keywords?: readonly string[];
  options?: readonly MatchableOption[];
}

/** Full-width and Roman-numeral characters to ASCII, case and spaces ignored. */
export function normalise(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export const MATCH = { none: 0, contains: 1, prefix: 2, exact: 3 } as const;

export function textScore(query: string, text: string): number {
  const q = normalise(query);
  const x = normalise(text);
  if (!q) return MATCH.contains;
  if (x === q) return MATCH.exact;
  if (x.startsWith(q)) return MATCH.prefix;
  if (x.includes(q)) return MATCH.contains;
  return MATCH.none;
}

/** The best score of the option's own label and keywords. */
export function ownScore(query: string, option: MatchableOption | undefined): number {
  if (!option) return MATCH.none;
  const texts = [...(typeof option.label === 'string' ? [option.label] : []), ...(option.keywords ?? [])];
  let best: number = MATCH.none;
  for (const x of texts) best = Math.max(best, textScore(query, x));
  return best;
}

/** As ownScore; a group ranks as its best member, so the group holding the exact hit comes first. */
export function optionScore(query: string, option: MatchableOption | undefined): number {
  let best = ownScore(query, option);
  for (const child of option?.options ?? []) best = Math.max(best, optionScore(query, child));
  return best;
}

/**
 * The `showSearch` setting of an antd Select that matches as above. The sort is stable,
 * so options of equal rank keep their listed order.
 */
export const keyboardSearch = {
  // A group is kept whole only when its own name matches; otherwise its members are tried one by one.
  filterOption: (input: string, option?: MatchableOption) => ownScore(input, option) > MATCH.none,
  filterSort: (a: MatchableOption, b: MatchableOption, info: { searchValue: string }) =>
    optionScore(info.searchValue, b) - optionScore(info.searchValue, a),
};

/** The grades as select options, each answering to its digit, numerals and name (GRADE_KEYS). */
export function gradeOptions(label: (g: Grade) => string, grades: readonly Grade[] = GRADES) {
  return grades.map((g) => ({ value: g, label: label(g), keywords: GRADE_KEYS[g] }));
}
