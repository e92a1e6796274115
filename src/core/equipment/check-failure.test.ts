import { describe, expect, it } from 'vitest';
import type { CheckItem } from '../../common/domain/equipment';
import { describeFailure } from './check-failure';

const items: CheckItem[] = [
  { key: 'call', label: '通话测试', type: 'bool', required: true },
  { key: 'battery', label: '电池电量', type: 'number', required: true, unit: '%', min: 50, max: null },
  { key: 'temp', label: '机房温度', type: 'number', required: false, unit: '℃', min: 10, max: 30 },
  {
    key: 'signal',
    label: '信号',
    type: 'choice',
    required: true,
    options: ['强', '中', '弱'],
    pass: ['强', '中'],
  },
  { key: 'note', label: '备注', type: 'text', required: true },
];

describe('the text of a failed check, for the fault it opens', () => {
  it('names each failed item, its value and what it should be', () => {
    const text = describeFailure(
      items,
      [
        { key: 'call', value: false, ok: false },
        { key: 'battery', value: 42, ok: false },
        { key: 'temp', value: 35, ok: false },
        { key: 'signal', value: '弱', ok: false },
        { key: 'note', value: null, ok: false },
      ],
      'zh-CN',
    );
    expect(text).toBe(
      '检查不合格：通话测试 否；电池电量 42%（应 ≥ 50%）；机房温度 35℃（应 10–30℃）；信号 弱（应 强/中）；备注 未填',
    );
  });

  it('leaves out items that passed and results of items no longer in the template', () => {
    const text = describeFailure(
      items,
      [
        { key: 'call', value: true, ok: true },
        { key: 'battery', value: 20, ok: false },
        { key: 'gone', value: 1, ok: false },
      ],
      'en-US',
    );
    expect(text).toBe('Check failed: 电池电量 20% (must be ≥ 50%)');
  });
});
