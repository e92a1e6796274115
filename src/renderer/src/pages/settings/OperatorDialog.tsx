import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../common/contract/operators';
import { name, phone, pin } from '../../../../common/contract/shared';
import type { Role } from '../../../../common/domain/roles';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { applyServerErrors, requiredRule, zodRule, useRevalidateOnLanguageChange } from '../../forms/rules';
import { ROLE_ORDER } from '../SignInPage';

interface Values {
  name: string;
  role: Role;
  phone?: string;
  pin?: string;
}

/** Add an operator, or edit one's name, role and phone. */
export function OperatorDialog({ operator, onClose }: { operator?: Operator; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguageChange(form);
  const onError = (err: unknown) => {
    if (!applyServerErrors(form, err, t)) void message.error(errorText(t, err));
  };
  const create = useApiMutation('operators.create', { onError });
  const update = useApiMutation('operators.update', { onError });
  const busy = create.isPending || update.isPending;

  const submit = (v: Values) => {
    const phoneValue = v.phone?.trim() ?? '';
    if (operator) {
      update.mutate(
        { id: operator.id, name: v.name.trim(), role: v.role, phone: phoneValue },
        {
          onSuccess: (op) => {
            void message.success(t('operators.saved', { name: op.name }));
            onClose();
          },
        },
      );
    } else {
      create.mutate(
        {
          name: v.name.trim(),
          role: v.role,
          ...(phoneValue ? { phone: phoneValue } : {}),
          ...(v.pin ? { pin: v.pin } : {}),
        },
        {
          onSuccess: (op) => {
            void message.success(t('operators.created', { name: op.name }));
            onClose();
          },
        },
      );
    }
  };

  return (
    <Modal
      open
      title={operator ? t('operators.editTitle', { name: operator.name }) : t('operators.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="operator"
        layout="vertical"
        requiredMark="optional"
        initialValues={
          operator
            ? { name: operator.name, role: operator.role, phone: operator.phone }
            : { role: 'duty_officer' }
        }
        onFinish={submit}
        disabled={busy}
      >
        <Form.Item name="name" label={t('field.name')} rules={[requiredRule(t), zodRule(name(30), t)]}>
          <Input autoFocus maxLength={30} />
        </Form.Item>
        <Form.Item name="role" label={t('field.role')} rules={[requiredRule(t)]}>
          <Select options={ROLE_ORDER.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        <Form.Item name="phone" label={t('field.phone')} rules={[zodRule(phone, t)]}>
          <Input maxLength={40} inputMode="tel" />
        </Form.Item>
        {operator ? null : (
          <Form.Item
            name="pin"
            label={t('field.pin')}
            extra={t('operators.pinHint')}
            rules={[zodRule(pin, t)]}
          >
            <Input.Password maxLength={8} inputMode="numeric" autoComplete="new-password" />
          </Form.Item>
        )}
        {/* Enter in any field submits: the Modal's OK button is outside the form. */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
