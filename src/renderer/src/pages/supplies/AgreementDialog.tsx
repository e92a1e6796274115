import { Button, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AgreementView } from '../../../../common/contract/supply-orders';
import { useApiQuery } from '../../api/hooks';
import { RegisterDialog } from '../../components/RegisterDialog';
import { useRecordSave } from '../../components/useRegisterSave';
import { useTownOptions } from '../../components/useTownOptions';
import { ContactFill } from '../contacts/ContactFill';
import { requiredNumberRule, requiredRule } from '../../forms/rules';

interface Values {
  enterprise: string;
  kind: 'stock' | 'capacity';
  contact?: string;
  phone24: string;
  townCode?: string | null;
  address?: string;
  hoursToDeliver: number;
  contract: [Dayjs, Dayjs];
  notes?: string;
  lines: { itemId: string; quantity?: number | null; capacityPerDay?: number | null }[];
}

/** An agreement reserve: the enterprise, its 24-hour phone, the items it holds or makes, delivery hours, contract dates. */
export function AgreementDialog({ agreement, onClose }: { agreement?: AgreementView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useRecordSave(
    form,
    'supplyAgreements.upsert',
    'supplyAgreements.saved',
    onClose,
    (a) => a.enterprise,
  );
  const towns = useTownOptions();
  const items = useApiQuery('supplies.items', {});
  const a = agreement;
  return (
    <RegisterDialog<Values>
      form={form}
      width={820}
      title={a ? t('supplyAgreements.editTitle', { name: a.enterprise }) : t('supplyAgreements.add')}
      saving={save.isPending}
      onClose={onClose}
      onFinish={(v) =>
        save.mutate({
          ...(a ? { id: a.id } : {}),
          enterprise: v.enterprise.trim(),
          kind: v.kind,
          contact: v.contact?.trim() ?? '',
          phone24: v.phone24.trim(),
          townCode: v.townCode ?? null,
          address: v.address?.trim() ?? '',
          hoursToDeliver: v.hoursToDeliver,
          contractStart: v.contract[0].format('YYYY-MM-DD'),
          contractEnd: v.contract[1].format('YYYY-MM-DD'),
          notes: v.notes ?? '',
          lines: v.lines.map((l) => ({
            itemId: l.itemId,
            quantity: l.quantity ?? null,
            capacityPerDay: l.capacityPerDay ?? null,
          })),
        })
      }
      initialValues={
        a
          ? {
              enterprise: a.enterprise,
              kind: a.kind,
              contact: a.contact,
              phone24: a.phone24,
              townCode: a.townCode,
              address: a.address,
              hoursToDeliver: a.hoursToDeliver,
              contract: [dayjs(a.contractStart), dayjs(a.contractEnd)],
              notes: a.notes,
              lines: a.lines.map((l) => ({
                itemId: l.itemId,
                quantity: l.quantity,
                capacityPerDay: l.capacityPerDay,
              })),
            }
          : { kind: 'stock', hoursToDeliver: 24, lines: [{}] }
      }
    >
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item name="enterprise" label={t('supplyAgreements.enterprise')} rules={[requiredRule(t)]}>
            <Input maxLength={80} autoFocus />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="kind" label={t('supplyAgreements.kind')}>
            <Radio.Group
              options={[
                { value: 'stock', label: t('agreementKind.stock') },
                { value: 'capacity', label: t('agreementKind.capacity') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item label={t('contacts.fill.label')}>
            <ContactFill
              category="enterprise"
              onPick={(c) =>
                form.setFieldsValue({
                  ...(form.getFieldValue('enterprise') ? {} : { enterprise: c.unit }),
                  contact: c.person || form.getFieldValue('contact'),
                  phone24: c.dutyPhone || c.mobile || c.officePhone,
                  townCode: c.townCode ?? form.getFieldValue('townCode'),
                })
              }
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="contact" label={t('supplyAgreements.contact')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="phone24" label={t('supplyAgreements.phone24')} rules={[requiredRule(t)]}>
            <Input maxLength={40} inputMode="tel" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="townCode" label={t('supplyAgreements.town')}>
            <Select allowClear showSearch optionFilterProp="label" options={towns} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="address" label={t('supplyAgreements.address')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="hoursToDeliver"
            label={t('supplyAgreements.hoursToDeliver')}
            rules={[requiredNumberRule(t)]}
          >
            <InputNumber min={0.5} max={720} className="dr-full-width" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="contract"
            label={t('supplyAgreements.contract')}
            rules={[{ required: true, message: t('errors.field.required') }]}
          >
            <DatePicker.RangePicker className="dr-full-width" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="notes" label={t('column.notes')}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="lines">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Row gutter={16} key={f.key}>
                <Col span={10}>
                  <Form.Item
                    name={[f.name, 'itemId']}
                    label={i === 0 ? t('supplies.col.item') : undefined}
                    rules={[requiredRule(t)]}
                  >
                    <Select
                      showSearch
                      optionFilterProp="label"
                      options={(items.data ?? []).map((it) => ({
                        value: it.id,
                        label: [it.name, it.spec, `(${it.unit})`].filter(Boolean).join(' '),
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item
                    name={[f.name, 'quantity']}
                    label={i === 0 ? t('supplyAgreements.quantity') : undefined}
                  >
                    <InputNumber min={0.001} max={1e9} className="dr-full-width" />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item
                    name={[f.name, 'capacityPerDay']}
                    label={i === 0 ? t('supplyAgreements.capacityPerDay') : undefined}
                  >
                    <InputNumber min={0.001} max={1e9} className="dr-full-width" />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  {fields.length > 1 ? (
                    <Button
                      type="link"
                      onClick={() => remove(f.name)}
                      style={{ marginTop: i === 0 ? 30 : 0 }}
                    >
                      {t('supplyOrders.removeLine')}
                    </Button>
                  ) : null}
                </Col>
              </Row>
            ))}
            <Button onClick={() => add({})}>{t('supplyOrders.addLine')}</Button>
          </>
        )}
      </Form.List>
    </RegisterDialog>
  );
}
