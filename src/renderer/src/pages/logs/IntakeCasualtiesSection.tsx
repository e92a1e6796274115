import { Card, Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { text } from '../../../../common/contract/shared';
import { zodRule } from '../../forms/rules';

/** 伤亡与损失: the figures as first reported. */
export function IntakeCasualtiesSection() {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('dutylog.intake.section.casualties')} className="dr-intake-section">
      <Row gutter={12}>
        {(['dead', 'injured', 'missing', 'trapped'] as const).map((k) => (
          <Col span={6} key={k}>
            <Form.Item name={k} label={t(`dutylog.casualties.${k}`)}>
              <InputNumber className="dr-full-width" min={0} max={100000} precision={0} />
            </Form.Item>
          </Col>
        ))}
        <Col span={24}>
          <Form.Item name="losses" label={t('dutylog.field.losses')} rules={[zodRule(text(500), t)]}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
