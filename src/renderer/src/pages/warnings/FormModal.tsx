import type { ReactNode } from 'react';
import { Form, type FormInstance, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnterNavigation } from '../../components/enterNavigation';

/**
 * The warnings' dialogs, keyboard first like the intake: Enter moves from field to field
 * (an open list picks first), Ctrl+Enter saves, the form validates before `onFinish`.
 * One shell for 登记预警, 生成事件, 记录叫应, 登记回执 and 解除; `form` when the dialog
 * needs its own handle (to set a field's error, to watch a value).
 */
export function FormModal<V extends object>({
  title,
  saving,
  onClose,
  onFinish,
  initialValues,
  form: given,
  width,
  okText,
  children,
}: {
  title: ReactNode;
  saving: boolean;
  onClose: () => void;
  onFinish: (v: V, form: FormInstance<V>) => void;
  initialValues: Partial<V>;
  form?: FormInstance<V>;
  width?: number;
  okText?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [own] = Form.useForm<V>();
  const form = given ?? own;
  const keys = useEnterNavigation(() => form.submit());
  return (
    <Modal
      open
      width={width}
      title={title}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <div ref={keys}>
        <Form<V>
          form={form}
          layout="vertical"
          requiredMark="optional"
          initialValues={initialValues as V}
          onFinish={(v) => onFinish(v, form)}
        >
          {children}
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      </div>
    </Modal>
  );
}
