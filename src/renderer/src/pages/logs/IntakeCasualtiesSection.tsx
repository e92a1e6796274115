import { Card, Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { text } from '../../../../common/contract/shared';
import { zodRule } from '../../forms/rules';

/** Figures of a report as first told: the contract's bounds (IntakeData). */
export const FIGURE_BOUNDS = {
  relocated: { max: 10_000_000, precision: 0 },
  affected: { max: 100_000_000, precision: 0 },
  directLossWan: { max: 100_000_000, precision: 2 },
} as const;

/** 伤亡和损失: the figures as first reported, the people moved and affected, the loss. */
export function IntakeCasualtiesSection() {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('logs.intake.section.casualties')} className="dr-intake-section">
      <Row gutter={12}>
        {(['dead', 'injured', 'missing', 'trapped'] as const).map((k) => (
          <Col span={6} key={k}>
            <Form.Item name={k} label={t(`logs.casualties.${k}`)}>
              <InputNumber className="dr-full-width" min={0} max={100000} precision={0} />
            </Form.Item>
          </Col>
        ))}
        {(['relocated', 'affected'] as const).map((k) => (
          <Col span={6} key={k}>
            <Form.Item name={k} label={t(`logs.field.${k}`)}>
              <InputNumber
                className="dr-full-width"
                min={0}
                max={FIGURE_BOUNDS[k].max}
                precision={0}
                suffix={t('logs.figures.personsUnit')}
              />
            </Form.Item>
          </Col>
        ))}
        <Col span={12}>
          <Form.Item
            name="directLossWan"
            label={t('logs.field.directLossWan')}
            extra={t('logs.intake.lossHint')}
          >
            <InputNumber
              className="dr-full-width"
              min={0}
              max={FIGURE_BOUNDS.directLossWan.max}
              precision={FIGURE_BOUNDS.directLossWan.precision}
              suffix={t('logs.figures.wanUnit')}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="losses" label={t('logs.field.losses')} rules={[zodRule(text(500), t)]}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
