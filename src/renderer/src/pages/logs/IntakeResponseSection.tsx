import { Button, Card, Col, Form, Input, Row } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { name, text } from '../../../../common/contract/shared';
import { DateTimeInput } from '../../components/DateTimeInput';
import { toLocalText } from '../../components/localTime';
import { requiredRule, zodRule } from '../../forms/rules';
import type { IntakeTimeRule } from './intakeValues';
import { ReportTargetInput } from './ReportTargetInput';

/** 处置情况: measures taken, the trend, and who has already been told (a list of rows). */
export function IntakeResponseSection({
  tz,
  timeRule,
  persist,
  operatorName,
}: {
  tz: string;
  timeRule: IntakeTimeRule;
  persist: () => void;
  operatorName: string;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <Card size="small" title={t('logs.intake.section.response')} className="dr-intake-section">
      <Form.Item name="measures" label={t('logs.field.measures')} rules={[zodRule(text(2000), t)]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="trend" label={t('logs.field.trend')} rules={[zodRule(text(1000), t)]}>
        <Input maxLength={1000} />
      </Form.Item>
      <div className="dr-form-label">{t('logs.field.notified')}</div>
      <Form.List name="notified">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Row gutter={8} key={f.key} className="dr-notified-row">
                <Col span={14}>
                  <Form.Item
                    name={[f.name, 'who']}
                    rules={[requiredRule(t), zodRule(name(60), t)]}
                    aria-label={t('logs.notified.who')}
                  >
                    <ReportTargetInput maxLength={60} placeholder={t('logs.notified.who')} />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name={[f.name, 'at']} rules={[requiredRule(t), timeRule]}>
                    <DateTimeInput timeZone={tz} aria-label={t('logs.notified.at')} />
                  </Form.Item>
                </Col>
                <Col span={2}>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('logs.notified.remove')}
                    onClick={() => {
                      remove(f.name);
                      persist();
                    }}
                  />
                </Col>
              </Row>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => {
                add({ who: '', at: toLocalText(new Date().toISOString(), tz) });
                persist();
                // Straight into the new row, so the keyboard never has to come back for it.
                setTimeout(() => form.focusField(['notified', fields.length, 'who']), 0);
              }}
            >
              {t('logs.notified.add')}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item
        name="recorder"
        label={t('logs.field.recorder')}
        extra={t('logs.intake.recorderHint', { name: operatorName })}
        rules={[zodRule(text(40), t)]}
        className="dr-intake-recorder"
      >
        <Input maxLength={40} placeholder={operatorName} />
      </Form.Item>
    </Card>
  );
}
