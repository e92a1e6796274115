import { App, Button, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../common/contract/operators';
import { pin } from '../../../../common/contract/shared';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { applyServerErrors, requiredRule, zodRule, useRevalidateOnLanguageChange } from '../../forms/rules';
import type { TKey } from '../../i18n/keys';

/** An admin sets or clears an operator's PIN. */
export function PinDialog({ operator, onClose }: { operator: Operator; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ pin: string; confirm: string }>();
  useRevalidateOnLanguageChange(form);
  const setPin = useApiMutation('operators.setPin', {
    onError: (err) => {
      if (!applyServerErrors(form, err, t)) void message.error(errorText(t, err));
    },
  });

  const done = (key: TKey) => {
    void message.success(t(key, { name: operator.name }));
    onClose();
  };

  return (
    <Modal
      open
      title={t('operators.pinTitle', { name: operator.name })}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        operator.hasPin ? (
          <Button
            key="clear"
            danger
            disabled={setPin.isPending}
            onClick={() =>
              setPin.mutate({ id: operator.id, pin: null }, { onSuccess: () => done('operators.pinCleared') })
            }
          >
            {t('operators.pinClear')}
          </Button>
        ) : null,
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={setPin.isPending} onClick={() => form.submit()}>
          {t('common.save')}
        </Button>,
      ]}
    >
      <p className="dr-muted">
        {operator.hasPin ? t('operators.pinReplaceLead') : t('operators.pinSetLead')}
      </p>
      <Form
        form={form}
        name="operator-pin"
        layout="vertical"
        onFinish={(v) =>
          setPin.mutate({ id: operator.id, pin: v.pin }, { onSuccess: () => done('operators.pinSaved') })
        }
      >
        <Form.Item name="pin" label={t('operators.newPin')} rules={[requiredRule(t), zodRule(pin, t)]}>
          <Input.Password autoFocus maxLength={8} inputMode="numeric" autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('operators.confirmPin')}
          dependencies={['pin']}
          rules={[
            requiredRule(t),
            ({ getFieldValue }) => ({
              validator: async (_r, value: string) => {
                if (value && value !== getFieldValue('pin')) throw new Error(t('operators.pinMismatch'));
              },
            }),
          ]}
        >
          <Input.Password maxLength={8} inputMode="numeric" autoComplete="new-password" />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
