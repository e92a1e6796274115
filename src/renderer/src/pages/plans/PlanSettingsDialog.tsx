import { useEffect } from 'react';
import { App, Form, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanSettings } from '../../../../common/contract/plans';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { applyServerErrors } from '../../forms/rules';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 期限与节假日 (administrators): the 备案 working days, the evaluation and drill intervals,
 * and the county's working-day calendar — holidays and the weekend days worked instead,
 * typed or pasted as dates (one per tag; a pasted list splits on spaces, commas and lines).
 */
export function PlanSettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanSettings>();
  const current = useApiQuery('plans.settings', {});
  useEffect(() => {
    if (current.data) form.setFieldsValue(current.data);
  }, [current.data, form]);
  const save = useApiMutation('plans.updateSettings', {
    onError: (e) => {
      if (!applyServerErrors(form, e, t)) void message.error(errorText(t, e));
    },
    onSuccess: () => {
      void message.success(t('plans.settings.saved'));
      onClose();
    },
  });
  const dates = (name: 'holidays' | 'workdays', label: string) => (
    <Form.Item
      name={name}
      label={label}
      rules={[
        {
          validator: (_r, v: string[] | undefined) =>
            (v ?? []).every((d) => DATE_RE.test(d))
              ? Promise.resolve()
              : Promise.reject(new Error(t('plans.settings.badDate'))),
        },
      ]}
    >
      <Select mode="tags" tokenSeparators={[',', ' ', '\n']} open={false} aria-label={label} />
    </Form.Item>
  );
  return (
    <Modal
      open
      width={760}
      title={t('plans.settings.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<PlanSettings>
        form={form}
        layout="vertical"
        onFinish={(v) =>
          save.mutate({ ...v, holidays: [...v.holidays].sort(), workdays: [...v.workdays].sort() })
        }
      >
        <div className="dr-plan-settings-row">
          <Form.Item name="filingWorkingDays" label={t('plans.settings.filing')}>
            <InputNumber min={1} max={120} precision={0} />
          </Form.Item>
          <Form.Item name="evaluationYears" label={t('plans.settings.evaluation')}>
            <InputNumber min={1} max={10} precision={0} />
          </Form.Item>
          <Form.Item name="drillYears" label={t('plans.settings.drill')}>
            <InputNumber min={1} max={10} precision={0} />
          </Form.Item>
        </div>
        {dates('holidays', t('plans.settings.holidays'))}
        {dates('workdays', t('plans.settings.workdays'))}
        <p className="dr-muted">{t('plans.settings.hint')}</p>
      </Form>
    </Modal>
  );
}
