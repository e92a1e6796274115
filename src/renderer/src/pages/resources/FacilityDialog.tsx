import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FacilityView } from '../../../../common/contract/facilities';
import { name as nameRule } from '../../../../common/contract/shared';
import {
  CAPACITY_UNIT,
  FACILITY_KINDS,
  HOUSEHOLD_KINDS,
  type FacilityKind,
} from '../../../../common/domain/facilities';
import { ContactFields } from '../../components/ContactFields';
import { lonLatOf, pointOf } from '../../components/CoordinateFields';
import { PlaceFields, type PlaceValues } from '../../components/PlaceFields';
import { RegisterDialog } from '../../components/RegisterDialog';
import { useRegisterSave } from '../../components/useRegisterSave';
import { requiredRule, zodRule } from '../../forms/rules';

interface Values extends PlaceValues {
  kind: FacilityKind;
  name: string;
  capacity?: number | null;
  households?: number | null;
  contact?: string;
  phone?: string;
  notes?: string;
}

/** Add a key facility or edit one (an ordinary, audited update). */
export function FacilityDialog({ facility, onClose }: { facility?: FacilityView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useRegisterSave(form, 'facilities.upsert', 'resources.saved', onClose);
  const kind = Form.useWatch('kind', form) ?? facility?.kind ?? 'school';

  const submit = (v: Values) =>
    save.mutate({
      ...(facility ? { id: facility.id } : {}),
      kind: v.kind,
      name: v.name.trim(),
      address: v.address?.trim() ?? '',
      townCode: v.townCode ?? null,
      point: pointOf(v),
      capacity: typeof v.capacity === 'number' ? v.capacity : null,
      households: HOUSEHOLD_KINDS.includes(v.kind) && typeof v.households === 'number' ? v.households : null,
      contact: v.contact?.trim() ?? '',
      phone: v.phone?.trim() ?? '',
      notes: v.notes ?? '',
    });

  const f = facility;
  return (
    <RegisterDialog<Values>
      form={form}
      width={720}
      title={f ? t('resources.facilities.editTitle', { name: f.name }) : t('resources.facilities.addTitle')}
      saving={save.isPending}
      onClose={onClose}
      onFinish={submit}
      initialValues={
        f
          ? {
              kind: f.kind,
              name: f.name,
              townCode: f.townCode,
              address: f.address,
              ...lonLatOf(f.point),
              capacity: f.capacity,
              households: f.households,
              contact: f.contact,
              phone: f.phone,
              notes: f.notes,
            }
          : { kind: 'school' }
      }
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="kind" label={t('resources.col.kind')} rules={[requiredRule(t)]}>
            <Select options={FACILITY_KINDS.map((k) => ({ value: k, label: t(`facilityKind.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item
            name="name"
            label={t('resources.col.name')}
            rules={[requiredRule(t), zodRule(nameRule(80), t)]}
          >
            <Input maxLength={80} autoFocus />
          </Form.Item>
        </Col>
        <PlaceFields addressSpan={16} />
        <Col span={8}>
          <Form.Item name="capacity" label={t(`capacityUnit.${CAPACITY_UNIT[kind]}`)}>
            <InputNumber min={0} max={100_000_000} precision={0} className="dr-full-width" />
          </Form.Item>
        </Col>
        {HOUSEHOLD_KINDS.includes(kind) ? (
          <Col span={8}>
            <Form.Item name="households" label={t('capacityUnit.households')}>
              <InputNumber min={0} max={10_000_000} precision={0} className="dr-full-width" />
            </Form.Item>
          </Col>
        ) : null}
        <ContactFields name="contact" label={t('resources.col.contact24')} />
        <Col span={24}>
          <Form.Item name="notes" label={t('resources.col.notes')}>
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
        </Col>
      </Row>
    </RegisterDialog>
  );
}
