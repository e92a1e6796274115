import { App, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import {
  applyServerErrors,
  requiredNumberRule,
  requiredRule,
  useRevalidateOnLanguageChange,
} from '../../forms/rules';

interface Values {
  incidentId: string;
  requestingUnit: string;
  requestingContact?: string;
  requestingPhone?: string;
  receivingUnit: string;
  receivingPlace: string;
  receivingContact?: string;
  receivingPhone?: string;
  sourceKind: 'depot' | 'agreement';
  sourceId: string;
  lines: { itemId: string; quantity: number }[];
  approval: 'written' | 'oral';
  approver: string;
  approvedAt: Dayjs;
  documentNo?: string;
}

/**
 * A 调拨 order from an incident: who asks, what and how much, from a depot or an
 * agreement enterprise, to whom and where, and the county leader's approval — written
 * with its 文号, or oral (the written order then due within 48 hours).
 */
export function OrderDialog({ incidentId, onClose }: { incidentId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguageChange(form);
  const incidents = useApiQuery('incidents.list', { open: true, limit: 200 });
  const depots = useApiQuery('depots.list', {});
  const agreements = useApiQuery('supplyAgreements.list', {});
  const items = useApiQuery('supplies.items', {});
  const sourceKind = Form.useWatch('sourceKind', form) ?? 'depot';
  const approval = Form.useWatch('approval', form) ?? 'oral';
  const save = useApiMutation('supplyOrders.create', {
    onSuccess: (o) => {
      void message.success(t('supplyOrders.saved', { number: o.number }));
      onClose();
    },
    onError: (err) => {
      if (!applyServerErrors(form, err, t)) void message.error(errorText(t, err));
    },
  });
  const submit = (v: Values) =>
    save.mutate({
      incidentId: v.incidentId,
      requestingUnit: v.requestingUnit.trim(),
      requestingContact: v.requestingContact?.trim() ?? '',
      requestingPhone: v.requestingPhone?.trim() ?? '',
      receivingUnit: v.receivingUnit.trim(),
      receivingPlace: v.receivingPlace.trim(),
      receivingContact: v.receivingContact?.trim() ?? '',
      receivingPhone: v.receivingPhone?.trim() ?? '',
      sourceDepotId: v.sourceKind === 'depot' ? v.sourceId : null,
      sourceAgreementId: v.sourceKind === 'agreement' ? v.sourceId : null,
      lines: v.lines.map((l) => ({ itemId: l.itemId, quantity: l.quantity })),
      approval: v.approval,
      approver: v.approver.trim(),
      approvedAt: v.approvedAt.toISOString(),
      documentNo: v.documentNo?.trim() ?? '',
    });
  const text = (name: keyof Values, label: string, required = false, max = 80) => (
    <Form.Item name={name} label={label} rules={required ? [requiredRule(t)] : []}>
      <Input maxLength={max} />
    </Form.Item>
  );

  return (
    <Modal
      open
      width={900}
      title={t('supplyOrders.new')}
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
        onFinish={submit}
        initialValues={{
          incidentId,
          sourceKind: 'depot',
          approval: 'oral',
          approvedAt: dayjs(),
          lines: [{}],
        }}
      >
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="incidentId" label={t('supplyOrders.field.incident')} rules={[requiredRule(t)]}>
              <Select
                showSearch
                optionFilterProp="label"
                disabled={Boolean(incidentId)}
                data-testid="order-incident"
                options={(incidents.data?.items ?? []).map((i) => ({
                  value: i.id,
                  label: `${i.number} ${i.title}`,
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={10}>{text('requestingUnit', t('supplyOrders.field.requestingUnit'), true)}</Col>
          <Col span={7}>{text('requestingContact', t('supplyOrders.field.contact'), false, 40)}</Col>
          <Col span={7}>{text('requestingPhone', t('supplyOrders.field.phone'), false, 40)}</Col>
          <Col span={10}>{text('receivingUnit', t('supplyOrders.field.receivingUnit'), true)}</Col>
          <Col span={7}>{text('receivingContact', t('supplyOrders.field.receivingContact'), false, 40)}</Col>
          <Col span={7}>{text('receivingPhone', t('supplyOrders.field.receivingPhone'), false, 40)}</Col>
          <Col span={24}>{text('receivingPlace', t('supplyOrders.field.place'), true, 120)}</Col>
          <Col span={8}>
            <Form.Item name="sourceKind" label={t('supplyOrders.field.sourceKind')}>
              <Radio.Group
                onChange={() => form.setFieldValue('sourceId', undefined)}
                options={[
                  { value: 'depot', label: t('supplyOrders.source.depot') },
                  { value: 'agreement', label: t('supplyOrders.source.agreement') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="sourceId" label={t('supplyOrders.field.source')} rules={[requiredRule(t)]}>
              <Select
                showSearch
                optionFilterProp="label"
                data-testid="order-source"
                options={
                  sourceKind === 'depot'
                    ? (depots.data ?? []).map((d) => ({ value: d.id, label: d.name }))
                    : (agreements.data ?? []).map((a) => ({ value: a.id, label: a.enterprise }))
                }
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Row gutter={16} key={f.key}>
                  <Col span={14}>
                    <Form.Item
                      name={[f.name, 'itemId']}
                      label={i === 0 ? t('supplies.col.item') : undefined}
                      rules={[requiredRule(t)]}
                    >
                      <Select
                        showSearch
                        optionFilterProp="label"
                        data-testid={`order-item-${i}`}
                        options={(items.data ?? []).map((it) => ({
                          value: it.id,
                          label: [it.name, it.spec, `(${it.unit})`].filter(Boolean).join(' '),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item
                      name={[f.name, 'quantity']}
                      label={i === 0 ? t('supplyOrders.col.quantity') : undefined}
                      rules={[requiredNumberRule(t)]}
                    >
                      <InputNumber
                        min={0.001}
                        max={1e9}
                        className="dr-full-width"
                        aria-label={t('supplyOrders.col.quantity')}
                      />
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
              <Button onClick={() => add({})} style={{ marginBottom: 16 }}>
                {t('supplyOrders.addLine')}
              </Button>
            </>
          )}
        </Form.List>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="approval" label={t('supplyOrders.field.approvalKind')}>
              <Radio.Group
                options={[
                  { value: 'oral', label: t('orderApproval.oral') },
                  { value: 'written', label: t('orderApproval.written') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={8}>{text('approver', t('supplyOrders.field.approver'), true, 40)}</Col>
          <Col span={8}>
            <Form.Item
              name="approvedAt"
              label={t('supplyOrders.field.approvedAt')}
              rules={[{ required: true, message: t('errors.field.required') }]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                className="dr-full-width"
              />
            </Form.Item>
          </Col>
          {approval === 'written' ? (
            <Col span={24}>{text('documentNo', t('supplyOrders.documentNo'), true, 60)}</Col>
          ) : (
            <Col span={24}>
              <p className="dr-muted">{t('supplyOrders.oralHint')}</p>
            </Col>
          )}
        </Row>
      </Form>
    </Modal>
  );
}
