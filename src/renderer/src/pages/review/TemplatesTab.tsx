import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Segmented, Select, Space, Table } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { EvaluationTemplate } from '../../../../common/contract/review';
import { DRILL_FORMS, type DrillForm } from '../../../../common/domain/drills';
import { EVALUATION_PHASES, ITEM_SCALES, type EvaluationItem } from '../../../../common/domain/review';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormatDateTime } from '../../time/useRoomTime';

/**
 * 评估模板 per drill form. Administrators edit; saving makes a new version, so an
 * evaluation already begun keeps the items it is scored against.
 */
export function TemplatesTab({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatDateTime();
  const [form, setForm] = useState<DrillForm>('live');
  const [editing, setEditing] = useState(false);
  const templates = useApiQuery('evaluationTemplates.list', {});
  const tpl = templates.data?.find((x) => x.form === form);
  return (
    <Card
      title={
        tpl
          ? t('review.templates.title', {
              version: tpl.version,
              at: tpl.createdAt ? fmt(tpl.createdAt) : t('review.templates.default'),
              author: tpl.authorName,
            })
          : null
      }
      extra={
        admin && tpl && !editing ? (
          <Button type="primary" onClick={() => setEditing(true)}>
            {t('review.templates.edit')}
          </Button>
        ) : null
      }
    >
      <Segmented<DrillForm>
        value={form}
        onChange={(f) => {
          setForm(f);
          setEditing(false);
        }}
        options={DRILL_FORMS.map((f) => ({ value: f, label: t(`drillForm.${f}`) }))}
      />
      <ErrorAlert error={templates.error} />
      {tpl ? (
        editing ? (
          <TemplateEditor
            key={`${tpl.form}@${tpl.version}`}
            template={tpl}
            onDone={() => setEditing(false)}
          />
        ) : (
          <Table<EvaluationItem>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={tpl.items}
            data-testid="evaluation-template"
            footer={() => t('review.templates.partly', { share: Math.round(tpl.partlyShare * 100) })}
            columns={[
              {
                title: t('review.obs.phase'),
                width: 150,
                render: (_v, i) => t(`evaluationPhase.${i.phase}`),
              },
              {
                title: t('review.print.item'),
                render: (_v, i) => <span className="dr-strong">{i.label}</span>,
              },
              { title: t('review.templates.criterion'), dataIndex: 'criterion' },
              {
                title: t('review.templates.scale'),
                width: 200,
                render: (_v, i) => t(`itemScale.${i.scale}`),
              },
              { title: t('review.templates.points'), width: 80, dataIndex: 'points' },
            ]}
          />
        )
      ) : null}
    </Card>
  );
}

interface Values {
  items: EvaluationItem[];
  partlyPercent: number;
}

function TemplateEditor({ template, onDone }: { template: EvaluationTemplate; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [f] = Form.useForm<Values>();
  const save = useApiMutation('evaluationTemplates.update', {
    onSuccess: (v) => {
      void message.success(t('review.templates.saved', { version: v.version }));
      onDone();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  const required = [{ required: true, whitespace: true, message: t('errors.field.required') }];
  return (
    <Form<Values>
      form={f}
      layout="vertical"
      initialValues={{ items: template.items, partlyPercent: Math.round(template.partlyShare * 100) }}
      onFinish={(v) =>
        save.mutate({
          form: template.form,
          items: v.items.map((i) => ({ ...i, label: i.label.trim(), criterion: (i.criterion ?? '').trim() })),
          partlyShare: v.partlyPercent / 100,
        })
      }
    >
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="start" wrap className="dr-review-template-row">
                <Form.Item name={[field.name, 'phase']} rules={required}>
                  <Select
                    aria-label={t('review.obs.phase')}
                    className="dr-review-phase-select"
                    options={EVALUATION_PHASES.map((p) => ({ value: p, label: t(`evaluationPhase.${p}`) }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'key']} rules={required}>
                  <Input
                    aria-label={t('review.templates.key')}
                    placeholder={t('review.templates.key')}
                    maxLength={32}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'label']} rules={required}>
                  <Input
                    aria-label={t('review.form.item')}
                    placeholder={t('review.form.item')}
                    maxLength={40}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'criterion']}>
                  <Input
                    aria-label={t('review.templates.criterion')}
                    placeholder={t('review.templates.criterion')}
                    maxLength={200}
                    className="dr-review-criterion-input"
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'scale']} rules={required}>
                  <Select
                    aria-label={t('review.templates.scale')}
                    className="dr-review-scale-select"
                    options={ITEM_SCALES.map((s) => ({ value: s, label: t(`itemScale.${s}`) }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'points']}
                  rules={[{ required: true, message: t('errors.field.required') }]}
                >
                  <InputNumber aria-label={t('review.templates.points')} min={1} max={100} precision={0} />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('review.form.remove')}
                  disabled={fields.length <= 1}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button
              icon={<PlusOutlined />}
              disabled={fields.length >= 60}
              onClick={() =>
                add({
                  key: `item_${fields.length + 1}`,
                  phase: 'warning',
                  label: '',
                  criterion: '',
                  scale: 'grade',
                  points: 10,
                })
              }
            >
              {t('review.templates.add')}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item
        name="partlyPercent"
        label={t('review.templates.partlyLabel')}
        rules={[{ required: true, message: t('errors.field.required') }]}
      >
        <InputNumber min={1} max={99} precision={0} addonAfter="%" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('review.templates.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
