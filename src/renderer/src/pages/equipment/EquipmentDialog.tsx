import { App, Checkbox, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EquipmentView } from '../../../../common/contract/equipment';
import {
  DEFAULT_INTERVALS,
  EQUIPMENT_KINDS,
  EQUIPMENT_STATUSES,
  type EquipmentKind,
  type EquipmentStatus,
  type IntervalKind,
} from '../../../../common/domain/equipment';
import { name as nameRule } from '../../../../common/contract/shared';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { applyServerErrors, requiredRule, useRevalidateOnLanguageChange, zodRule } from '../../forms/rules';

interface Values {
  kind: EquipmentKind;
  name: string;
  model?: string;
  serial?: string;
  location?: string;
  lon?: number | null;
  lat?: number | null;
  custodianA?: string;
  custodianB?: string;
  intervalKind: IntervalKind;
  intervalDays?: number | null;
  status: EquipmentStatus;
  handover: boolean;
  notes?: string;
}

/** Add an item to the register or edit one (an ordinary, audited update). */
export function EquipmentDialog({ equipment, onClose }: { equipment?: EquipmentView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguageChange(form);
  const save = useApiMutation('equipment.upsert', {
    onError: (err) => {
      if (!applyServerErrors(form, err, t)) void message.error(errorText(t, err));
    },
    onSuccess: (e) => {
      void message.success(t('eq.saved', { name: e.name }));
      onClose();
    },
  });
  const intervalKind = Form.useWatch('intervalKind', form);

  const submit = (v: Values) => {
    const point =
      typeof v.lon === 'number' && typeof v.lat === 'number' ? ([v.lon, v.lat] as [number, number]) : null;
    save.mutate({
      ...(equipment ? { id: equipment.id } : {}),
      kind: v.kind,
      name: v.name.trim(),
      model: v.model?.trim() ?? '',
      serial: v.serial?.trim() ?? '',
      location: v.location?.trim() ?? '',
      point,
      custodianA: v.custodianA?.trim() ?? '',
      custodianB: v.custodianB?.trim() ?? '',
      interval:
        v.intervalKind === 'days' ? { kind: 'days', days: v.intervalDays ?? 1 } : { kind: v.intervalKind },
      status: v.status,
      handover: v.handover,
      notes: v.notes ?? '',
    });
  };

  const e = equipment;
  return (
    <Modal
      open
      width={720}
      title={e ? t('eq.editTitle', { name: e.name }) : t('eq.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => {
          // A new item takes its kind's usual interval and hand-over flag.
          if (!e && changed.kind) {
            const iv = DEFAULT_INTERVALS[changed.kind];
            form.setFieldsValue({
              intervalKind: iv.kind,
              intervalDays: iv.kind === 'days' ? iv.days : null,
              handover: changed.kind === 'satellite_phone' || changed.kind === 'radio',
            });
          }
        }}
        initialValues={
          e
            ? {
                kind: e.kind,
                name: e.name,
                model: e.model,
                serial: e.serial,
                location: e.location,
                lon: e.point?.[0] ?? null,
                lat: e.point?.[1] ?? null,
                custodianA: e.custodianA,
                custodianB: e.custodianB,
                intervalKind: e.interval.kind,
                intervalDays: e.interval.kind === 'days' ? e.interval.days : null,
                status: e.status,
                handover: e.handover,
                notes: e.notes,
              }
            : { kind: 'satellite_phone', intervalKind: 'daily', status: 'in_use', handover: true }
        }
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="kind" label={t('eq.col.kind')} rules={[requiredRule(t)]}>
              <Select options={EQUIPMENT_KINDS.map((k) => ({ value: k, label: t(`equipmentKind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="name"
              label={t('eq.col.name')}
              rules={[requiredRule(t), zodRule(nameRule(60), t)]}
            >
              <Input maxLength={60} autoFocus />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="model" label={t('eq.col.model')}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="serial" label={t('eq.col.serial')}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="location" label={t('eq.col.location')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="lon" label={t('eq.col.lon')}>
              <InputNumber min={-180} max={180} step={0.0001} className="dr-full-width" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="lat" label={t('eq.col.lat')}>
              <InputNumber min={-90} max={90} step={0.0001} className="dr-full-width" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="custodianA" label={t('eq.col.custodianA')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="custodianB" label={t('eq.col.custodianB')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={intervalKind === 'days' ? 8 : 12}>
            <Form.Item name="intervalKind" label={t('eq.col.interval')} rules={[requiredRule(t)]}>
              <Select
                options={(['daily', 'weekly', 'monthly', 'days'] as const).map((k) => ({
                  value: k,
                  label: k === 'days' ? t('eq.everyNDays') : t(`interval.${k}`),
                }))}
              />
            </Form.Item>
          </Col>
          {intervalKind === 'days' ? (
            <Col span={4}>
              <Form.Item
                name="intervalDays"
                label={t('eq.days')}
                rules={[{ required: true, message: t('errors.field.required') }]}
              >
                <InputNumber min={1} max={366} precision={0} className="dr-full-width" />
              </Form.Item>
            </Col>
          ) : null}
          <Col span={12}>
            <Form.Item name="status" label={t('eq.col.status')} rules={[requiredRule(t)]}>
              <Select
                options={EQUIPMENT_STATUSES.map((s) => ({ value: s, label: t(`equipmentStatus.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="handover" valuePropName="checked">
              <Checkbox>{t('eq.handoverFlag')}</Checkbox>
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label={t('eq.col.notes')}>
              <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </Col>
        </Row>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
