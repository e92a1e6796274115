import { useEffect } from 'react';
import { Alert, App, Button, Card, Checkbox, Col, Form, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentSchemeInput } from '../../../../common/contract/assessment';
import type { Operator } from '../../../../common/contract/operators';
import { DEDUCTION_RULES, INDICATORS, REPORT_ELEMENTS } from '../../../../common/domain/assessment';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toLocalText } from '../../components/localTime';
import { useRoomTimeZone } from '../../time/useRoomTime';

const num = (max: number, step = 1) => <InputNumber min={0} max={max} step={step} className="dr-assess-num" />;

/** 考核方案: every number of the scheme, editable by an administrator; each save is a new version. */
export function SchemeTab({ operator }: { operator: Operator }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tz = useRoomTimeZone();
  const q = useApiQuery('assessment.schemes', {});
  const [form] = Form.useForm<AssessmentSchemeInput>();
  const admin = operator.role === 'admin';
  useEffect(() => {
    if (q.data) form.setFieldsValue(q.data.scheme);
  }, [q.data, form]);
  const save = useApiMutation('assessment.setScheme', {
    onSuccess: (r) => void message.success(t('scheme.saved', { version: r.version })),
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <Card title={t('scheme.title')}>
      <ErrorAlert error={q.error} />
      {!admin ? <Alert type="info" showIcon message={t('scheme.adminOnly')} className="dr-assess-note" /> : null}
      <Form<AssessmentSchemeInput>
        form={form}
        layout="vertical"
        disabled={!admin}
        onFinish={(scheme) => save.mutate({ scheme })}
        data-testid="scheme-form"
      >
        <Typography.Title level={5}>{t('scheme.weights')}</Typography.Title>
        <Row gutter={16}>
          {INDICATORS.map((i) => (
            <Col key={i} xs={12} md={4}>
              <Form.Item name={['weights', i]} label={t(`assessmentIndicator.${i}`)}>
                {num(100)}
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Typography.Title level={5}>{t('scheme.deductions')}</Typography.Title>
        <Row gutter={16}>
          {DEDUCTION_RULES.map((r) => (
            <Col key={r} xs={12} md={6}>
              <Form.Item name={['deductions', r]} label={t(`assessmentRule.${r}`)}>
                {num(100, 0.5)}
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Typography.Title level={5}>{t('scheme.limits')}</Typography.Title>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item name={['limits', 'spotCheckSeconds']} label={t('scheme.spotCheckSeconds')}>
              {num(3600)}
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={['limits', 'callMinutes']} label={t('scheme.callMinutes')}>
              {num(1440)}
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={['limits', 'ackMinutes']} label={t('scheme.ackMinutes')}>
              {num(1440)}
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>{t('scheme.drillBands')}</Typography.Title>
        <Row gutter={16}>
          {(['full', 'twoThirds', 'oneThird'] as const).map((b) => (
            <Col key={b} xs={12} md={6}>
              <Form.Item
                name={['drillBands', b]}
                label={t(`scheme.band${b[0]!.toUpperCase()}${b.slice(1)}` as 'scheme.bandFull')}
              >
                {num(100)}
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Form.Item name="requiredElements" label={t('scheme.elements')}>
          <Checkbox.Group options={REPORT_ELEMENTS.map((e) => ({ value: e, label: t(`reportElement.${e}`) }))} />
        </Form.Item>
        {admin ? (
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="scheme-save">
            {t('scheme.save')}
          </Button>
        ) : null}
      </Form>
      {q.data?.history.length ? (
        <>
          <Typography.Title level={5}>{t('scheme.history')}</Typography.Title>
          <ul className="dr-assess-history">
            {q.data.history.map((h) => (
              <li key={h.version}>
                {t('scheme.historyLine', { version: h.version, at: toLocalText(h.effectiveFrom, tz), by: h.authorName })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
