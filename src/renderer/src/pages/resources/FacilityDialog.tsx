import { App, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FacilityView } from '../../../../common/contract/facilities';
import { name as nameRule, phone as phoneRule, text } from '../../../../common/contract/shared';
import { CAPACITY_UNIT, FACILITY_KINDS, type FacilityKind } from '../../../../common/domain/facilities';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { MapPickButton } from '../../components/MapPickButton';
import { applyServerErrors, requiredRule, useRevalidateOnLanguageChange, zodRule } from '../../forms/rules';

interface Values {
  kind: FacilityKind;
  name: string;
  townCode?: string | null;
  address?: string;
  lon?: number | null;
  lat?: number | null;
  capacity?: number | null;
  contact?: string;
  phone?: string;
  notes?: string;
}

/** Add a key facility or edit one (an ordinary, audited update). */
export function FacilityDialog({ facility, onClose }: { facility?: FacilityView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguageChange(form);
  const towns = useApiQuery('geo.towns', {}, { staleTime: Infinity });
  const kind = Form.useWatch('kind', form) ?? facility?.kind ?? 'school';
  const lon = Form.useWatch('lon', form);
  const lat = Form.useWatch('lat', form);
  const save = useApiMutation('facilities.upsert', {
    onError: (err) => {
      if (!applyServerErrors(form, err, t)) void message.error(errorText(t, err));
    },
    onSuccess: (f) => {
      void message.success(t('res.saved', { name: f.name }));
      onClose();
    },
  });

  const submit = (v: Values) =>
    save.mutate({
      ...(facility ? { id: facility.id } : {}),
      kind: v.kind,
      name: v.name.trim(),
      address: v.address?.trim() ?? '',
      townCode: v.townCode ?? null,
      point: typeof v.lon === 'number' && typeof v.lat === 'number' ? [v.lon, v.lat] : null,
      capacity: typeof v.capacity === 'number' ? v.capacity : null,
      contact: v.contact?.trim() ?? '',
      phone: v.phone?.trim() ?? '',
      notes: v.notes ?? '',
    });

  const f = facility;
  return (
    <Modal
      open
      width={720}
      title={f ? t('res.facilities.editTitle', { name: f.name }) : t('res.facilities.addTitle')}
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
        initialValues={
          f
            ? {
                kind: f.kind,
                name: f.name,
                townCode: f.townCode,
                address: f.address,
                lon: f.point?.[0] ?? null,
                lat: f.point?.[1] ?? null,
                capacity: f.capacity,
                contact: f.contact,
                phone: f.phone,
                notes: f.notes,
              }
            : { kind: 'school' }
        }
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="kind" label={t('res.col.kind')} rules={[requiredRule(t)]}>
              <Select options={FACILITY_KINDS.map((k) => ({ value: k, label: t(`facilityKind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="name" label={t('res.col.name')} rules={[requiredRule(t), zodRule(nameRule(80), t)]}>
              <Input maxLength={80} autoFocus />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="townCode" label={t('res.col.town')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={(towns.data ?? []).map((x) => ({ value: x.code, label: x.name }))}
              />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="address" label={t('res.col.address')} rules={[zodRule(text(200), t)]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="lon" label={t('res.col.lon')}>
              <InputNumber min={-180} max={180} step={0.0001} precision={6} className="dr-full-width" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="lat" label={t('res.col.lat')}>
              <InputNumber min={-90} max={90} step={0.0001} precision={6} className="dr-full-width" />
            </Form.Item>
          </Col>
          <Col span={8} className="dr-res-pick">
            <MapPickButton
              value={typeof lon === 'number' && typeof lat === 'number' ? [lon, lat] : null}
              onPick={(p) => form.setFieldsValue({ lon: p[0], lat: p[1] })}
            />
          </Col>
          <Col span={8}>
            <Form.Item name="capacity" label={t(`capacityUnit.${CAPACITY_UNIT[kind]}`)}>
              <InputNumber min={0} max={100_000_000} precision={0} className="dr-full-width" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="contact" label={t('res.col.contact24')} rules={[zodRule(text(40), t)]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="phone" label={t('res.col.phone')} rules={[zodRule(phoneRule, t)]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label={t('res.col.notes')}>
              <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </Col>
        </Row>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
