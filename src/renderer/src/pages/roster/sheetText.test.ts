import { describe, expect, it } from 'vitest';
import type { HandoverSheet } from '../../../../common/contract/handover';
import { createI18n } from '../../i18n/setup';
import { responseRows } from './sheetText';

const incident = {
  incidentId: 'inc_1',
  number: '2026-0007',
  title: '青石镇山体滑坡',
  planName: '县地质灾害应急预案',
  level: 'IV' as const,
  decidedBy: '王副县长',
  document: '',
  since: '2026-07-02T01:10:00.000Z',
  adjustedAt: null,
};
const warning = {
  warningId: 'wrn_1',
  warningLevel: 'II' as const,
  headline: '县气象台发布暴雨橙色预警信号',
  warningOver: false,
  planName: '县防汛抗旱应急预案',
  level: 'III' as const,
  decidedBy: '李县长',
  document: '县防指〔2026〕8号',
  since: '2026-07-02T01:20:00.000Z',
  adjustedAt: null,
};
const sheet = (over: Partial<HandoverSheet>) => ({ timeZone: 'Asia/Shanghai', ...over }) as HandoverSheet;

describe('正在实施的应急响应 rows (screen and print)', () => {
  const i18n = createI18n();
  it('list the incidents’ responses, then the warnings’, each named for what it is on', async () => {
    await i18n.changeLanguage('zh-CN');
    const t = i18n.getFixedT('zh-CN');
    const rows = responseRows(t, sheet({ responses: [incident], warningResponses: [warning] }))!;
    expect(rows.map((r) => [r.on.kind, r.on.id, r.on.text, r.level, r.planName])).toEqual([
      ['incident', 'inc_1', '2026-0007 青石镇山体滑坡', 'Ⅳ级响应', '县地质灾害应急预案'],
      ['warning', 'wrn_1', '预警：县气象台发布暴雨橙色预警信号', 'Ⅲ级响应', '县防汛抗旱应急预案'],
    ]);
    expect(rows[1]!.decided).toContain('县防指〔2026〕8号');
    expect(rows[1]!.since).toBe('2026-07-02 09:20');
  });

  it('mark a warning that is over while its response runs as to be ended', async () => {
    const t = i18n.getFixedT('zh-CN');
    const [row] = responseRows(t, sheet({ warningResponses: [{ ...warning, warningOver: true }] }))!;
    expect(row!.on.text).toBe('预警：县气象台发布暴雨橙色预警信号（预警已结束，响应待终止）');
  });

  it('are absent on sheets from before either list, and empty when nothing runs', () => {
    const t = i18n.getFixedT('zh-CN');
    expect(responseRows(t, sheet({}))).toBeNull();
    expect(responseRows(t, sheet({ responses: [] }))).toEqual([]);
  });
});
