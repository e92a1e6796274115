import { App, Button, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DepotView } from '../../../../common/contract/facilities';
import { name as nameRule, phone as phoneRule, text } from '../../../../common/contract/shared';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { MapPickButton } from '../../components/MapPickButton';
import { applyServerErrors, requiredRule, useRevalidateOnLanguageChange, zodRule } from '../../forms/rules';

interface StockLine {
  item: string;
  unit: string;
  quantity: number | null;
  minimum: number | null;
}

interface Values {
  name: string;
  townCode?: string | null;
  address?: string;
  lon?: number | null;
  lat?: number | null;
  keeper?: string;
  phone?: string;
  notes?: string;
  stock: StockLine[];
}

/** Add a depot or edit one, with its stock by item (an ordinary, audited update). */
export function DepotDialog({ depot, onClose }: { depot?: DepotView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguageChange(form);
  const towns = useApiQuery('geo.towns', {}, { staleTime: Infinity });
  const lon = Form.useWatch('lon', form);
  const lat = Form.useWatch('lat', form);
  const save = useApiMutation('depots.upsert', {
    onError: (err) => {
      if (!applyServerErrors(form, err, t)) void message.error(errorText(t, err));
    },
    onSuccess: (d) => {
      void message.success(t('res.saved', { name: d.name }));
      onClose();
    },
  });

  const submit = (v: Values) =>
    save.mutate({
      ...(depot ? { id: depot.id } : {}),
      name: v.name.trim(),
      address: v.address?.trim() ?? '',
      townCode: v.townCode ?? null,
      point: typeof v.lon === 'number' && typeof v.lat === 'number' ? [v.lon, v.lat] : null,
      keeper: v.keeper?.trim() ?? '',
      phone: v.phone?.trim() ?? '',
      notes: v.notes ?? '',
      stock: (v.stock ?? [])
        .filter((s) => s && s.item?.trim())
        .map((s) => ({ item: s.item.trim(), unit: s.unit.trim(), quantity: s.quantity ?? 0, minimum: s.minimum ?? 0 })),
    });

  const d = depot;
  return (
    <Modal
      open
      width={820}
      title={d ? t('res.depots.editTitle', { name: d.name }) : t('res.depots.addTitle')}
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
          d
            ? {
                name: d.name,
                townCode: d.townCode,
                address: d.address,
                lon: d.point?.[0] ?? null,
                lat: d.point?.[1] ?? null,
                keeper: d.keeper,
                phone: d.phone,
                notes: d.notes,
                stock: d.stock.map((s) => ({ item: s.item, unit: s.unit, quantity: s.quantity, minimum: s.minimum })),
              }
            : { stock: [] }
        }
      >
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item name="name" label={t('res.col.depot')} rules={[requiredRule(t), zodRule(nameRule(80), t)]}>
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
          <Col span={24}>
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
            <Form.Item name="keeper" label={t('res.col.keeperName')} rules={[zodRule(text(40), t)]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="phone" label={t('res.col.phone')} rules={[zodRule(phoneRule, t)]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="notes" label={t('res.col.notes')}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
        <h3 className="dr-res-stock-h">{t('res.depots.stockTitle')}</h3>
        <Form.List name="stock">
          {(fields, { add, remove }) => (
            <div className="dr-res-stock-list" data-testid="stock-list">
              {fields.map((field) => (
                <Row gutter={8} key={field.key} align="top">
                  <Col span={8}>
                    <Form.Item name={[field.name, 'item']} rules={[requiredRule(t), zodRule(nameRule(40), t)]}>
                      <Input placeholder={t('res.stock.item')} aria-label={t('res.stock.item')} maxLength={40} />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item name={[field.name, 'unit']} rules={[requiredRule(t), zodRule(nameRule(10), t)]}>
                      <Input placeholder={t('res.stock.unit')} aria-label={t('res.stock.unit')} maxLength={10} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'quantity']} rules={[{ required: true, message: t('errors.field.required') }]}>
                      <InputNumber min={0} max={1_000_000_000} placeholder={t('res.stock.quantity')} aria-label={t('res.stock.quantity')} className="dr-full-width" />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'minimum']}>
                      <InputNumber min={0} max={1_000_000_000} placeholder={t('res.stock.minimum')} aria-label={t('res.stock.minimum')} className="dr-full-width" />
                    </Form.Item>
                  </Col>
                  <Col span={2}>
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('res.stock.remove')} onClick={() => remove(field.name)} />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ item: '', unit: '', quantity: null, minimum: 0 })}>
                {t('res.stock.add')}
              </Button>
            </div>
          )}
        </Form.List>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
