import { Col, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { phone as phoneRule, text } from '../../../common/contract/shared';
import { zodRule } from '../forms/rules';

/**
 * Who to call about a resource and on what number: the person (field `name`, shown as
 * `label`, a facility's contact or a depot's keeper) and the `phone` beside them.
 */
export function ContactFields({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Col span={8}>
        <Form.Item name={name} label={label} rules={[zodRule(text(40), t)]}>
          <Input maxLength={40} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="phone" label={t('resources.col.phone')} rules={[zodRule(phoneRule, t)]}>
          <Input maxLength={40} />
        </Form.Item>
      </Col>
    </>
  );
}
