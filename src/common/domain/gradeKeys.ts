import type { Grade } from './incidents';

/**
 * What a duty officer types for a grade: the digit, the Chinese numeral, the Roman
 * numeral (ASCII or the Ⅰ–Ⅳ characters, which NFKC folds to ASCII) and the grade's
 * name, in both the bare and the 级 form. A matcher that ranks exact hits first makes
 * 重大 mean Ⅱ级, never 特别重大 (which merely contains it).
 */
export const GRADE_KEYS: Record<Grade, readonly string[]> = {
  I: ['1', '一', 'I', 'Ⅰ', '特别重大', '1级', '一级', 'Ⅰ级'],
  II: ['2', '二', 'II', 'Ⅱ', '重大', '2级', '二级', 'Ⅱ级'],
  III: ['3', '三', 'III', 'Ⅲ', '较大', '3级', '三级', 'Ⅲ级'],
  IV: ['4', '四', 'IV', 'Ⅳ', '一般', '4级', '四级', 'Ⅳ级'],
  unrated: ['0', '未定级', '未定'],
};
