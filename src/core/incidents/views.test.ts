import { describe, expect, it } from 'vitest';
import { searchTextOf } from './views';

describe('searchTextOf', () => {
  it('indexes what people typed, not the codes beside it', () => {
    const text = searchTextOf(
      {
        channel: 'phone',
        receivedAt: '2026-11-29T02:05:00.000Z',
        caller: { unit: '青石镇人民政府', name: '刘明', post: '', phone: '13800001234' },
        title: '青石镇石坝村山体滑坡',
        place: { townCode: '990101101', address: '青石镇石坝村三组', point: [111.6, 27.57] },
        notified: [{ who: '县自然资源局', at: '2026-11-29T02:03:00.000Z' }],
        category: 'natural',
        subtype: 'landslide',
        grade: 'III',
      },
      ['2026-0001'],
    );
    for (const word of ['2026-0001', '青石镇人民政府', '13800001234', '青石镇石坝村山体滑坡', '县自然资源局'])
      expect(text).toContain(word);
    for (const code of ['phone ', 'natural', 'landslide', 'III', '990101101', '2026-11-29T'])
      expect(text).not.toContain(code);
    expect(searchTextOf({ instructionId: 'en_0123456789abcdef', status: 'done', result: '已落实' })).toBe(
      '已落实',
    );
    // A field named like a code elsewhere but typed here stays (a spot check's result).
    expect(searchTextOf({ result: '在岗', means: 'phone', stage: 'initial' })).toBe('在岗');
  });
});
