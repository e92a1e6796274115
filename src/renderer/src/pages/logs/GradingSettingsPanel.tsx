import { useEffect } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Skeleton, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { reportTargets as targetsSchema, type Settings } from '../../../../common/contract/settings';
import { z } from '../../../../common/zod-setup';
import {
  DEFAULT_ACCIDENT_THRESHOLDS,
  type AccidentThresholds,
} from '../../../../common/domain/accidentGrade';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { GradeTag } from '../../components/GradeTag';
import { requiredNumberRule, zodRule } from '../../forms/rules';
import './logs.css';

const GRADES = ['I', 'II', 'III'] as const;
const FIGURES = ['dead', 'injured', 'lossWan'] as const;

interface Values {
  accidentThresholds: AccidentThresholds;
  /** One name per line. */
  targets: string;
}

const toValues = (s: Settings): Values => ({
  accidentThresholds: s.accidentThresholds,
  targets: s.reportTargets.join('\n'),
});
const linesOf = (v: string | undefined) =>
  (v ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * 定级与报送: the lower bounds an accident's figures are graded by (the intake suggests
 * from them, core asks a reason below them) and the list of superiors and units reports
 * go to. Administrators edit; everyone else reads the same table.
 */
export function GradingSettingsPanel({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useApiQuery('settings.get', {});
  const [form] = Form.useForm<Values>();
  const update = useApiMutation('settings.update', {
    onSuccess: (saved) => {
      void message.success(t('settings.saved'));
      form.resetFields();
      form.setFieldsValue(toValues(saved));
    },
    onError: (err) => void message.error(errorText(t, err)),
  });
  useEffect(() => {
    if (settings.data && !form.isFieldsTouched()) form.setFieldsValue(toValues(settings.data));
  }, [settings.data, form]);

  if (settings.isPending) return <Skeleton active />;
  if (settings.isError) return <ErrorAlert error={settings.error} />;

  const cell = (g: (typeof GRADES)[number], f: (typeof FIGURES)[number]) =>
    admin ? (
      <Form.Item
        name={['accidentThresholds', g, f]}
        rules={[
          requiredNumberRule(t),
          ({ getFieldValue }) => ({
            // 特别重大 > 重大 > 较大 in each figure, as core's schema holds it.
            validator: async () => {
              const col = GRADES.map((x) => getFieldValue(['accidentThresholds', x, f]) as unknown);
              if (!col.every((n) => typeof n === 'number')) return;
              const [a, b, c] = col as number[];
              if (!(a! > b! && b! > c!)) throw new Error(t('errors.field.thresholds_order'));
            },
          }),
        ]}
        dependencies={GRADES.filter((x) => x !== g).map((x) => ['accidentThresholds', x, f])}
        className="dr-threshold-cell"
      >
        <InputNumber
          min={1}
          max={f === 'lossWan' ? 100_000_000 : 100_000}
          precision={0}
          aria-label={`${t(`grade.${g}`)} ${t(`logs.settings.${f}`)}`}
          data-testid={`threshold-${g}-${f}`}
        />
      </Form.Item>
    ) : (
      <span className="dr-tabular">{settings.data.accidentThresholds[g][f]}</span>
    );

  return (
    <Form<Values>
      form={form}
      name="grading-settings"
      className="dr-grading-settings"
      layout="vertical"
      initialValues={toValues(settings.data)}
      disabled={!admin}
      onFinish={(v) =>
        update.mutate({ accidentThresholds: v.accidentThresholds, reportTargets: linesOf(v.targets) })
      }
    >
      <Card size="small" title={t('logs.settings.thresholdsTitle')} className="dr-form-card">
        <Typography.Paragraph type="secondary">{t('logs.settings.thresholdsLead')}</Typography.Paragraph>
        <Table
          size="small"
          pagination={false}
          rowKey="grade"
          data-testid="thresholds"
          dataSource={GRADES.map((g) => ({ grade: g }))}
          columns={[
            {
              key: 'grade',
              title: t('logs.settings.grade'),
              render: (_: unknown, r: { grade: (typeof GRADES)[number] }) => <GradeTag grade={r.grade} />,
            },
            ...FIGURES.map((f) => ({
              key: f,
              title: t(`logs.settings.${f}`),
              render: (_: unknown, r: { grade: (typeof GRADES)[number] }) => cell(r.grade, f),
            })),
          ]}
        />
      </Card>
      <Card size="small" title={t('logs.settings.targetsTitle')} className="dr-form-card">
        <Typography.Paragraph type="secondary">{t('logs.settings.targetsLead')}</Typography.Paragraph>
        <Form.Item
          name="targets"
          label={t('logs.settings.targetsField')}
          rules={[zodRule(z.string().transform(linesOf).pipe(targetsSchema), t)]}
        >
          <Input.TextArea rows={6} data-testid="report-targets" />
        </Form.Item>
      </Card>
      {admin ? (
        <Space>
          <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="grading-save">
            {t('common.save')}
          </Button>
          <Button
            onClick={() => form.setFieldsValue({ accidentThresholds: DEFAULT_ACCIDENT_THRESHOLDS })}
            data-testid="thresholds-defaults"
          >
            {t('logs.settings.defaults')}
          </Button>
        </Space>
      ) : (
        <Typography.Paragraph type="secondary">{t('logs.settings.readOnly')}</Typography.Paragraph>
      )}
    </Form>
  );
}
