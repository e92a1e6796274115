import type { ReactNode } from 'react';
import { Form, Modal, type FormInstance, type FormProps } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The add/edit dialog of a register (facilities, depots, equipment): a save/cancel modal
 * around a vertical form whose optional fields are marked, where Enter in a field saves.
 * Shared so the registers' dialogs behave alike; each keeps its own fields (`children`).
 */
export function RegisterDialog<V extends object>({
  form,
  title,
  width,
  saving,
  onClose,
  onFinish,
  initialValues,
  onValuesChange,
  children,
}: {
  form: FormInstance<V>;
  title: string;
  width: number;
  saving: boolean;
  onClose: () => void;
  onFinish: (values: V) => void;
  initialValues: FormProps<V>['initialValues'];
  onValuesChange?: FormProps<V>['onValuesChange'];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      width={width}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<V>
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        initialValues={initialValues}
      >
        {children}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
