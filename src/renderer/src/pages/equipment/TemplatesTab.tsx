import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../../../common/contract/equipment';
import {
  CHECK_ITEM_TYPES,
  EQUIPMENT_KINDS,
  type CheckItem,
  type EquipmentKind,
} from '../../../../common/domain/equipment';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormatDateTime } from '../../time/useRoomTime';
import { requirementOf } from './format';

/**
 * Check templates per kind (检查模板). Admins edit; saving makes a new version, so
 * checks already recorded keep reading as they were checked.
 */
export function TemplatesTab({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<EquipmentKind>('satellite_phone');
  const [editing, setEditing] = useState(false);
  const templates = useApiQuery('checkTemplates.list', {});
  const tpl = templates.data?.find((x) => x.kind === kind);
  return (
    <Card
      title={t('equipment.templates.title')}
      extra={
        admin && tpl && !editing ? (
          <Button type="primary" onClick={() => setEditing(true)}>
            {t('equipment.templates.edit')}
          </Button>
        ) : null
      }
    >
      <Segmented<EquipmentKind>
        value={kind}
        onChange={(k) => {
          setKind(k);
          setEditing(false);
        }}
        options={EQUIPMENT_KINDS.map((k) => ({ value: k, label: t(`equipmentKind.${k}`) }))}
        className="dr-eq-kinds"
      />
      <ErrorAlert error={templates.error} />
      {tpl ? (
        editing ? (
          <TemplateEditor
            key={`${tpl.kind}@${tpl.version}`}
            template={tpl}
            onDone={() => setEditing(false)}
          />
        ) : (
          <TemplateView template={tpl} admin={admin} />
        )
      ) : null}
    </Card>
  );
}

function TemplateView({ template, admin }: { template: Template; admin: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatDateTime();
  return (
    <>
      <p className="dr-muted dr-eq-lead">
        {t('equipment.templates.meta', {
          version: template.version,
          hours: template.faultHours,
          by: template.authorName,
          at: template.createdAt ? fmt(template.createdAt) : t('equipment.templates.builtin'),
        })}
        {admin ? null : ` ${t('equipment.templates.adminOnly')}`}
      </p>
      <Table<CheckItem>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={template.items}
        columns={[
          {
            title: t('equipment.templates.label'),
            dataIndex: 'label',
            render: (v: string) => <span className="dr-strong">{v}</span>,
          },
          {
            title: t('equipment.templates.type'),
            width: 100,
            render: (_v, it) => t(`checkItemType.${it.type}`),
          },
          {
            title: t('equipment.templates.requirement'),
            width: 220,
            render: (_v, it) => requirementOf(t, it),
          },
          {
            title: t('equipment.templates.required'),
            width: 90,
            render: (_v, it) =>
              it.required ? (
                <Tag bordered={false}>{t('equipment.templates.requiredYes')}</Tag>
              ) : (
                <span className="dr-muted">{t('equipment.optional')}</span>
              ),
          },
        ]}
      />
    </>
  );
}

interface Row {
  key: string;
  label: string;
  type: CheckItem['type'];
  required: boolean;
  unit?: string;
  min?: number | null;
  max?: number | null;
  options?: string;
  pass?: string;
}

function TemplateEditor({ template, onDone }: { template: Template; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ items: Row[]; faultHours: number }>();
  const save = useApiMutation('checkTemplates.update', {
    onSuccess: (x) => {
      void message.success(t('equipment.templates.saved', { version: x.version }));
      onDone();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  const toRow = (it: CheckItem): Row => ({
    key: it.key,
    label: it.label,
    type: it.type,
    required: it.required,
    ...(it.type === 'number' ? { unit: it.unit, min: it.min, max: it.max } : {}),
    ...(it.type === 'choice' ? { options: it.options.join('/'), pass: it.pass.join('/') } : {}),
  });
  const split = (s?: string) =>
    (s ?? '')
      .split(/[/／,，、]/)
      .map((x) => x.trim())
      .filter(Boolean);
  const submit = (v: { items: Row[]; faultHours: number }) => {
    const items = v.items.map((r, i): CheckItem => {
      const key = r.key || `item${i + 1}`;
      const base = { key, label: r.label.trim(), required: r.required };
      if (r.type === 'number')
        return {
          ...base,
          type: 'number',
          unit: r.unit?.trim() ?? '',
          min: r.min ?? null,
          max: r.max ?? null,
        };
      if (r.type === 'choice')
        return { ...base, type: 'choice', options: split(r.options), pass: split(r.pass) };
      return { ...base, type: r.type };
    });
    save.mutate({ kind: template.kind, items, faultHours: v.faultHours });
  };
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ items: template.items.map(toRow), faultHours: template.faultHours }}
      onFinish={submit}
    >
      <Alert
        type="info"
        showIcon
        className="dr-form-alert"
        title={t('equipment.templates.versionNote', { version: template.version + 1 })}
      />
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <div key={f.key} className="dr-eq-tpl-row">
                <Form.Item name={[f.name, 'key']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'label']}
                  label={t('equipment.templates.label')}
                  rules={[{ required: true, whitespace: true, message: t('errors.field.required') }]}
                >
                  <Input maxLength={40} />
                </Form.Item>
                <Form.Item name={[f.name, 'type']} label={t('equipment.templates.type')}>
                  <Select
                    className="dr-eq-tpl-type"
                    options={CHECK_ITEM_TYPES.map((x) => ({ value: x, label: t(`checkItemType.${x}`) }))}
                  />
                </Form.Item>
                <Form.Item noStyle shouldUpdate>
                  {() => {
                    const type = form.getFieldValue(['items', f.name, 'type']) as CheckItem['type'];
                    if (type === 'number')
                      return (
                        <Space>
                          <Form.Item name={[f.name, 'min']} label={t('equipment.templates.min')}>
                            <InputNumber className="dr-eq-tpl-num" />
                          </Form.Item>
                          <Form.Item name={[f.name, 'max']} label={t('equipment.templates.max')}>
                            <InputNumber className="dr-eq-tpl-num" />
                          </Form.Item>
                          <Form.Item name={[f.name, 'unit']} label={t('equipment.templates.unit')}>
                            <Input maxLength={10} className="dr-eq-tpl-unit" />
                          </Form.Item>
                        </Space>
                      );
                    if (type === 'choice')
                      return (
                        <Space>
                          <Form.Item name={[f.name, 'options']} label={t('equipment.templates.options')}>
                            <Input maxLength={100} />
                          </Form.Item>
                          <Form.Item name={[f.name, 'pass']} label={t('equipment.templates.pass')}>
                            <Input maxLength={100} />
                          </Form.Item>
                        </Space>
                      );
                    return null;
                  }}
                </Form.Item>
                <Form.Item name={[f.name, 'required']} valuePropName="checked" label=" ">
                  <Checkbox>{t('equipment.templates.required')}</Checkbox>
                </Form.Item>
                <Form.Item label=" ">
                  <Button
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label={t('equipment.templates.remove')}
                    disabled={fields.length <= 1}
                  />
                </Form.Item>
              </div>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ key: '', label: '', type: 'bool', required: true })}
            >
              {t('equipment.templates.add')}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item name="faultHours" label={t('equipment.templates.faultHours')} className="dr-eq-tpl-hours">
        <InputNumber min={1} max={8760} precision={0} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('equipment.templates.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
