import { App, Checkbox, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { WARNING_LEVELS, type WarningLevel, type WarningRules } from '../../../../common/domain/warnings';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { requiredRule } from '../../forms/rules';

/** 叫应规则 as one sentence: which levels are phoned, in how long, and the yearly review date. */
export function useRulesSummary(rules: WarningRules | undefined): string | null {
  const { t } = useTranslation();
  if (!rules) return null;
  return t('warnings.rulesSummary', {
    levels: rules.callLevels.map((l) => t(`warningColour.${l}`)).join(t('list.comma')) || '—',
    call: rules.callMinutes,
    ack: rules.ackMinutes,
    review: rules.reviewDate,
  });
}

/** The county's numbers for 叫应 (设置 by an administrator): the defaults are the common local rules. */
export function RulesDialog({ rules, onClose }: { rules: WarningRules; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<WarningRules>();
  const save = useApiMutation('warnings.saveRules', {
    onSuccess: () => {
      void message.success(t('warnings.rulesSaved'));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <Modal
      open
      title={t('warnings.rulesTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<WarningRules>
        form={form}
        layout="vertical"
        initialValues={rules}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="callLevels" label={t('warnings.field.callLevels')}>
          <Checkbox.Group<WarningLevel>
            options={WARNING_LEVELS.map((l) => ({ value: l, label: t(`warningLevel.${l}`) }))}
          />
        </Form.Item>
        <Form.Item name="callMinutes" label={t('warnings.field.callMinutes')} rules={[requiredRule(t)]}>
          <InputNumber min={1} max={120} />
        </Form.Item>
        <Form.Item name="ackMinutes" label={t('warnings.field.ackMinutes')} rules={[requiredRule(t)]}>
          <InputNumber min={1} max={1440} />
        </Form.Item>
        <Form.Item
          name="reviewDate"
          label={t('warnings.field.reviewDate')}
          rules={[{ required: true, pattern: /^\d{2}-\d{2}$/, message: t('errors.field.month_day') }]}
        >
          <Input maxLength={5} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
