import { useEffect, useRef } from 'react';
import type { FormInstance, FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { describeIssues } from '../../../common/i18n/issues';
import { fieldIssuesOf, issueText } from '../api/errors';

/**
 * An antd rule that checks a field with the contract's own zod schema, so the form and
 * the host agree on what is valid, and shows the problem in the UI's language.
 */
export function zodRule(schema: z.ZodType, t: TFunction): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      const res = schema.safeParse(value);
      if (res.success) return;
      const [first] = describeIssues(res.error.issues, 'zh-CN');
      throw new Error(first ? t(first.key, first.params) : t('errors.field.invalid'));
    },
  };
}

export function requiredRule(t: TFunction): FormRule {
  return { required: true, whitespace: true, message: t('errors.field.required') };
}

/**
 * The same for a number field: a rule without a type is checked as a string, and its
 * message then stands for every failure, so a filled-in number read as 必填.
 */
export function requiredNumberRule(t: TFunction): FormRule {
  return { required: true, type: 'number', message: t('errors.field.required') };
}

/**
 * Puts the host's field problems next to the fields they concern. Returns false when
 * none matched a field of this form, so the caller shows the error as a whole.
 */
export function applyServerErrors(form: FormInstance, err: unknown, t: TFunction): boolean {
  const fields = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const matched = fieldIssuesOf(err).filter((i) => fields.has(i.path.split('.')[0] ?? ''));
  if (matched.length === 0) return false;
  form.setFields(matched.map((i) => ({ name: i.path.split('.'), errors: [issueText(t, i)] })));
  return true;
}

/**
 * Validation messages are rendered when a field is checked; after a language switch,
 * fields that show an error are checked again so the message follows the language.
 */
export function useRevalidateOnLanguageChange(form: FormInstance): void {
  const { i18n } = useTranslation();
  const shownIn = useRef(i18n.language);
  useEffect(() => {
    if (shownIn.current === i18n.language) return;
    shownIn.current = i18n.language;
    const withErrors = form
      .getFieldsError()
      .filter((f) => f.errors.length > 0)
      .map((f) => f.name);
    if (withErrors.length > 0) form.validateFields(withErrors).catch(() => undefined);
  }, [i18n.language, form]);
}
