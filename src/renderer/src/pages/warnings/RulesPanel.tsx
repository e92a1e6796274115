import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { WARNING_LEVELS, type WarningLevel, type WarningRules } from '../../../../common/domain/warnings';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { requiredNumberRule } from '../../forms/rules';

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

/**
 * 叫应规则 (设置 → 预警叫应): which levels are phoned (Ⅰ/Ⅱ by default; Ⅲ/Ⅳ as the county
 * says), within how many minutes, the 回执 deadline for every recipient, and the 叫应
 * list's yearly review date. Administrators change them; everyone else reads them.
 */
export function WarningRulesPanel({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<WarningRules>();
  const q = useApiQuery('warnings.rules', {});
  const save = useApiMutation('warnings.saveRules', {
    onSuccess: () => void message.success(t('warnings.rulesSaved')),
    onError: (e) => void message.error(errorText(t, e)),
  });
  if (q.isPending) return <Skeleton active />;
  if (q.isError) return <ErrorAlert error={q.error} />;
  return (
    <Card className="dr-form-card" title={t('warnings.rulesTitle')} data-testid="warning-rules">
      {!admin ? (
        <Alert type="info" showIcon className="dr-form-alert" title={t('warnings.rulesReadOnly')} />
      ) : null}
      <Form<WarningRules>
        form={form}
        layout="vertical"
        disabled={!admin}
        initialValues={q.data}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="callLevels"
          label={t('warnings.field.callLevels')}
          extra={t('warnings.rulesLevelsHint')}
        >
          <Checkbox.Group<WarningLevel>
            data-testid="warning-rules-levels"
            options={WARNING_LEVELS.map((l) => ({ value: l, label: t(`warningLevel.${l}`) }))}
          />
        </Form.Item>
        <Form.Item name="callMinutes" label={t('warnings.field.callMinutes')} rules={[requiredNumberRule(t)]}>
          <InputNumber min={1} max={120} data-testid="warning-rules-call" />
        </Form.Item>
        <Form.Item name="ackMinutes" label={t('warnings.field.ackMinutes')} rules={[requiredNumberRule(t)]}>
          <InputNumber min={1} max={1440} data-testid="warning-rules-ack" />
        </Form.Item>
        <Form.Item
          name="reviewDate"
          label={t('warnings.field.reviewDate')}
          rules={[{ required: true, pattern: /^\d{2}-\d{2}$/, message: t('errors.field.month_day') }]}
        >
          <Input maxLength={5} className="dr-input-hhmm" />
        </Form.Item>
        {admin ? (
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="warning-rules-save">
            {t('common.save')}
          </Button>
        ) : null}
      </Form>
    </Card>
  );
}
