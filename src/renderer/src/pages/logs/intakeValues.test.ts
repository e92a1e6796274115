import { describe, expect, it } from 'vitest';
import type { IntakeDraft, IntakeFormValues } from './intakeDraft';
import { intakeDefaults, suggestionOf, toIntake } from './intakeValues';

const TZ = 'Asia/Shanghai';
const draft: IntakeDraft = {
  clientKey: 'k_0123456789',
  openedAt: '2026-11-29T02:00:00.000Z',
  savedAt: null,
  attachTo: null,
  values: {},
};
const form = (over: Partial<IntakeFormValues>): IntakeFormValues => ({
  ...intakeDefaults(draft, TZ),
  title: '青石镇化工园区厂房爆燃',
  category: 'accident',
  subtype: 'fire',
  ...over,
});

describe('the intake form as the contract reads it', () => {
  it('suggests from an accident’s figures only: 3 dead and 12 injured call for 较大', () => {
    expect(suggestionOf(form({ dead: 3, injured: 12 }), undefined)).toBe('III');
    expect(suggestionOf(form({ directLossWan: 6000 }), undefined)).toBe('II');
    expect(suggestionOf(form({ category: 'natural', subtype: 'flood', dead: 3 }), undefined)).toBeNull();
    expect(suggestionOf(form({}), undefined)).toBeNull();
  });

  it('sends the reason only while the grade is below the suggestion', () => {
    const below = toIntake(
      form({ dead: 3, injured: 12, grade: 'IV', gradeReason: ' 死者系突发疾病 ' }),
      draft,
      TZ,
    );
    expect(below.gradeReason).toBe('死者系突发疾病');
    // Raised to the suggestion afterwards: the reason typed for 一般 explains nothing.
    const raised = toIntake(
      form({ dead: 3, injured: 12, grade: 'III', gradeReason: '死者系突发疾病' }),
      draft,
      TZ,
    );
    expect(raised).not.toHaveProperty('gradeReason');
  });

  it('sends the figures and the recorder when given, and leaves them out when blank', () => {
    const full = toIntake(
      form({ relocated: 40, affected: 120, directLossWan: 350.5, recorder: ' 黄磊 ', grade: 'IV' }),
      draft,
      TZ,
    );
    expect(full).toMatchObject({ relocated: 40, affected: 120, directLossWan: 350.5, recorder: '黄磊' });
    const blank = toIntake(form({ grade: 'IV' }), draft, TZ);
    for (const k of ['relocated', 'affected', 'directLossWan', 'recorder', 'gradeReason'])
      expect(blank).not.toHaveProperty(k);
  });
});
