import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../common/result';
import { errorText } from './errors';

const t = i18next.createInstance();
await t.init({
  lng: 'zh-CN',
  resources: {
    'zh-CN': {
      translation: {
        'errors.invalid_input': '输入有误：{{fields}}',
        'form.issue': '{{field}}：{{message}}',
        'form.issueSeparator': '；',
        'field.pin': 'PIN',
        'errors.field.invalid': '无效',
        'errors.finding_no_link': '问题认定须关联所依据的事件或值班记录',
      },
    },
  },
});

const invalid = (path: string, key: string) =>
  new ApiError({
    code: 'invalid_input',
    key: 'errors.invalid_input',
    message: '',
    details: { issues: [{ path, key }] },
  });

describe('errorText for invalid input', () => {
  it('names a field by its label', () => {
    expect(errorText(t.t, invalid('pin', 'errors.field.invalid'))).toBe('输入有误：PIN：无效');
    expect(errorText(t.t, invalid('operator.pin', 'errors.field.invalid'))).toBe('输入有误：PIN：无效');
  });

  it('never shows a field’s code name: without a label, the message alone', () => {
    const text = errorText(t.t, invalid('incidentId', 'errors.finding_no_link'));
    expect(text).toBe('输入有误：问题认定须关联所依据的事件或值班记录');
    expect(text).not.toContain('incidentId');
  });
});
