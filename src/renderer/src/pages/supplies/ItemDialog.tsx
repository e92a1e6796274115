import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { App } from 'antd';
import { ItemInput } from '../../../../common/contract/supplies';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { RegisterDialog } from '../../components/RegisterDialog';
import { applyServerErrors, requiredRule, zodRule } from '../../forms/rules';

interface Values {
  name: string;
  unit: string;
  spec?: string;
  code?: string;
}

/** A new supply item: name, unit, specification and, where known, its GB/T 38565 code. */
export function ItemDialog({ onClose }: { onClose: (id?: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useApiMutation('supplies.saveItem', {
    onSuccess: (saved) => {
      void message.success(t('supplies.item.saved', { name: saved.name }));
      onClose(saved.id);
    },
    onError: (err) => {
      if (!applyServerErrors(form, err, t)) void message.error(errorText(t, err));
    },
  });
  return (
    <RegisterDialog<Values>
      form={form}
      width={560}
      title={t('supplies.item.addTitle')}
      saving={save.isPending}
      onClose={() => onClose()}
      onFinish={(v) =>
        save.mutate({
          name: v.name.trim(),
          unit: v.unit.trim(),
          spec: v.spec?.trim() ?? '',
          code: v.code?.trim() || null,
        })
      }
      initialValues={{}}
    >
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item
            name="name"
            label={t('supplies.item.name')}
            rules={[requiredRule(t), zodRule(ItemInput.shape.name, t)]}
          >
            <Input maxLength={60} autoFocus />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="unit"
            label={t('supplies.item.unit')}
            rules={[requiredRule(t), zodRule(ItemInput.shape.unit, t)]}
          >
            <Input maxLength={10} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="spec" label={t('supplies.item.spec')}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="code" label={t('supplies.item.code')} rules={[zodRule(ItemInput.shape.code, t)]}>
            <Input maxLength={7} inputMode="numeric" />
          </Form.Item>
        </Col>
      </Row>
    </RegisterDialog>
  );
}
