import { describe, expect, it } from 'vitest';
import { highlightRanges, indexTokens, matchExpression, snippet } from './search-text';

describe('bigram search text', () => {
  it('indexes Han text as bigrams and Latin words whole', () => {
    expect(indexTokens('山体滑坡 G353国道 UPS故障')).toBe('山体 体滑 滑坡 g353 国道 ups 故障');
    // Full-width forms fold to ASCII; punctuation separates; a lone Han character stays whole.
    expect(indexTokens('ＵＰＳ电源，Ｇ３５３国道—桥')).toBe('ups 电源 g353 国道 桥');
    // A character outside the BMP (𠀋, in some names) is one character, not two halves.
    expect(indexTokens('王𠀋明')).toBe('王𠀋 𠀋明');
    expect(indexTokens('𠀋')).toBe('𠀋');
  });

  it('builds phrase queries that match substrings of two or more characters', () => {
    expect(matchExpression('滑坡')).toBe('"滑坡"');
    expect(matchExpression('山体滑坡')).toBe('"山体 体滑 滑坡"');
    expect(matchExpression('石坝村 滑坡')).toBe('"石坝 坝村" AND "滑坡"');
    expect(matchExpression('火')).toBeNull();
    expect(matchExpression('"; DROP')).toBe('"drop"');
  });

  it('highlights every occurrence, and cuts a snippet around the first', () => {
    expect(highlightRanges('滑坡后又滑坡', '滑坡')).toEqual([
      [0, 2],
      [4, 6],
    ]);
    const long = '甲'.repeat(100) + '停电' + '乙'.repeat(100);
    const s = snippet(long, '停电', 40);
    expect(s.snippet.startsWith('…')).toBe(true);
    const [[a, b]] = s.highlights as [[number, number]];
    expect(s.snippet.slice(a, b)).toBe('停电');
  });
});
