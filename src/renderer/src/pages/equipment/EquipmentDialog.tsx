import { Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
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
import { CoordinateFields, lonLatOf, pointOf, type LonLat } from '../../components/CoordinateFields';
import { RegisterDialog } from '../../components/RegisterDialog';
import { useRegisterSave } from '../../components/useRegisterSave';
import { requiredRule, zodRule } from '../../forms/rules';

interface Values extends LonLat {
  kind: EquipmentKind;
  name: string;
  model?: string;
  serial?: string;
  location?: string;
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
  const [form] = Form.useForm<Values>();
  const save = useRegisterSave(form, 'equipment.upsert', 'equipment.saved', onClose);
  const intervalKind = Form.useWatch('intervalKind', form);

  const submit = (v: Values) => {
    save.mutate({
      ...(equipment ? { id: equipment.id } : {}),
      kind: v.kind,
      name: v.name.trim(),
      model: v.model?.trim() ?? '',
      serial: v.serial?.trim() ?? '',
      location: v.location?.trim() ?? '',
      point: pointOf(v),
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
    <RegisterDialog<Values>
      form={form}
      width={720}
      title={e ? t('equipment.editTitle', { name: e.name }) : t('equipment.addTitle')}
      saving={save.isPending}
      onClose={onClose}
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
              ...lonLatOf(e.point),
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
          <Form.Item name="kind" label={t('equipment.col.kind')} rules={[requiredRule(t)]}>
            <Select options={EQUIPMENT_KINDS.map((k) => ({ value: k, label: t(`equipmentKind.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="name"
            label={t('equipment.col.name')}
            rules={[requiredRule(t), zodRule(nameRule(60), t)]}
          >
            <Input maxLength={60} autoFocus />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="model" label={t('equipment.col.model')}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="serial" label={t('equipment.col.serial')}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="location" label={t('equipment.col.location')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <CoordinateFields span={6} lonLabel={t('equipment.col.lon')} latLabel={t('equipment.col.lat')} />
        <Col span={12}>
          <Form.Item name="custodianA" label={t('equipment.col.custodianA')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="custodianB" label={t('equipment.col.custodianB')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={intervalKind === 'days' ? 8 : 12}>
          <Form.Item name="intervalKind" label={t('equipment.col.interval')} rules={[requiredRule(t)]}>
            <Select
              options={(['daily', 'weekly', 'monthly', 'days'] as const).map((k) => ({
                value: k,
                label: k === 'days' ? t('equipment.everyNDays') : t(`interval.${k}`),
              }))}
            />
          </Form.Item>
        </Col>
        {intervalKind === 'days' ? (
          <Col span={4}>
            <Form.Item
              name="intervalDays"
              label={t('equipment.days')}
              rules={[{ required: true, message: t('errors.field.required') }]}
            >
              <InputNumber min={1} max={366} precision={0} className="dr-full-width" />
            </Form.Item>
          </Col>
        ) : null}
        <Col span={12}>
          <Form.Item name="status" label={t('equipment.col.status')} rules={[requiredRule(t)]}>
            <Select
              options={EQUIPMENT_STATUSES.map((s) => ({ value: s, label: t(`equipmentStatus.${s}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="handover" valuePropName="checked">
            <Checkbox>{t('equipment.handoverFlag')}</Checkbox>
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="notes" label={t('equipment.col.notes')}>
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
        </Col>
      </Row>
    </RegisterDialog>
  );
}
