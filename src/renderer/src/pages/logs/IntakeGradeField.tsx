import { useCallback, useEffect } from 'react';
import { Button, Col, Form, Input, Select } from 'antd';
import { BulbOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { text } from '../../../../common/contract/shared';
import { isBelow, type AccidentThresholds } from '../../../../common/domain/accidentGrade';
import type { Grade } from '../../../../common/domain/incidents';
import { GradeTag } from '../../components/GradeTag';
import { gradeOptions, keyboardSearch } from '../../forms/optionMatch';
import { requiredRule, zodRule } from '../../forms/rules';
import type { IntakeFormValues } from './intakeDraft';
import { suggestionOf } from './intakeValues';

/** The one key that takes the suggested grade, from anywhere in the intake. */
export const ACCEPT_SUGGESTION_KEY = 'F8';

/**
 * 事件级别 with, for an accident, the grade its typed figures call for beside it (the
 * thresholds of 设置 → 定级与报送). F8 or the button takes it; a lower grade asks for
 * the reason, as core does.
 */
export function IntakeGradeField({
  thresholds,
  persist,
}: {
  thresholds: AccidentThresholds | undefined;
  persist: () => void;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<IntakeFormValues>();
  const values = Form.useWatch([], form) as Partial<IntakeFormValues> | undefined;
  const suggested = values ? suggestionOf(values, thresholds) : null;
  const grade = (values?.grade ?? 'unrated') as Grade;
  const below = isBelow(grade, suggested);

  const accept = useCallback(() => {
    if (!suggested) return;
    // Typing in the reason, which goes with the lower grade: the cursor moves to the grade
    // instead of falling out of the form (where Ctrl+Enter would no longer save).
    // Moved before the value changes: the reason field leaves with the lower grade, and a
    // cursor moved a tick later could find it gone and land on the page.
    const inReason = document.activeElement?.closest('[data-grade-reason]');
    if (inReason) form.focusField('grade');
    form.setFieldValue('grade', suggested);
    persist();
    void form.validateFields(['grade']);
  }, [form, persist, suggested]);

  useEffect(() => {
    if (!suggested) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== ACCEPT_SUGGESTION_KEY || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      accept();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [accept, suggested]);

  return (
    <>
      <Col span={6}>
        <Form.Item
          name="grade"
          label={t('logs.field.grade')}
          rules={[requiredRule(t)]}
          extra={
            suggested ? (
              <span className="dr-grade-suggestion" data-testid="grade-suggestion" data-suggested={suggested}>
                <BulbOutlined /> {t('logs.intake.suggestLabel')} <GradeTag grade={suggested} />
                {suggested === grade ? (
                  <span className="dr-muted">{t('logs.intake.suggestMatches')}</span>
                ) : (
                  <Button
                    size="small"
                    type={below ? 'primary' : 'default'}
                    onClick={accept}
                    tabIndex={-1}
                    data-testid="grade-suggestion-accept"
                  >
                    {t('logs.intake.suggestAccept')} <kbd>{ACCEPT_SUGGESTION_KEY}</kbd>
                  </Button>
                )}
              </span>
            ) : null
          }
        >
          <Select
            showSearch={keyboardSearch}
            options={gradeOptions((g) => t(`grade.${g}`))}
            labelRender={({ value }) => <GradeTag grade={value as Grade} />}
          />
        </Form.Item>
      </Col>
      {below && suggested ? (
        <Col span={24} data-grade-reason>
          <Form.Item
            name="gradeReason"
            label={t('logs.field.gradeReason')}
            extra={t('logs.intake.gradeReasonHint', { grade: t(`grade.${suggested}`) })}
            rules={[requiredRule(t), zodRule(text(500), t)]}
          >
            <Input maxLength={500} data-testid="grade-reason" />
          </Form.Item>
        </Col>
      ) : null}
    </>
  );
}
