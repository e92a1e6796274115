import type { Ref } from 'react';
import { Card, Col, Form, Input, Row, Select, type RefSelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { phone, text } from '../../../../common/contract/shared';
import { CHANNELS } from '../../../../common/domain/incidents';
import { DateTimeInput } from '../../components/DateTimeInput';
import { requiredRule, zodRule } from '../../forms/rules';
import type { IntakeTimeRule } from './intakeValues';
import { keyboardSearch } from '../../forms/optionMatch';

/** 来电信息: how and when the report came in, and who made it. */
export function IntakeCallSection({
  firstField,
  tz,
  timeRule,
}: {
  firstField: Ref<RefSelectProps>;
  tz: string;
  timeRule: IntakeTimeRule;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('logs.intake.section.call')} className="dr-intake-section">
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item name="channel" label={t('logs.field.channel')} rules={[requiredRule(t)]}>
            <Select
              ref={firstField}
              showSearch={keyboardSearch}
              options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="receivedAt" label={t('logs.field.receivedAt')} rules={[requiredRule(t), timeRule]}>
            <DateTimeInput timeZone={tz} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="callerUnit" label={t('logs.field.callerUnit')} rules={[zodRule(text(100), t)]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="callerName" label={t('logs.field.callerName')} rules={[zodRule(text(40), t)]}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="callerPost" label={t('logs.field.callerPost')} rules={[zodRule(text(40), t)]}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="callerPhone" label={t('logs.field.callerPhone')} rules={[zodRule(phone, t)]}>
            <Input maxLength={40} inputMode="tel" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
