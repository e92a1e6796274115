import { useState } from 'react';
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { StockLineView } from '../../../../common/contract/supplies';
import type { MoveKind } from '../../../../common/domain/supplies';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import {
  applyServerErrors,
  requiredNumberRule,
  requiredRule,
  useRevalidateOnLanguageChange,
} from '../../forms/rules';
import { ExerciseSwitch } from '../drills/ExerciseSwitch';
import { ItemDialog } from './ItemDialog';

interface Values {
  depotId: string;
  itemId: string;
  lotId?: string;
  quantity: number;
  lotNo?: string;
  expiresOn?: Dayjs | null;
  toDepotId?: string;
  reason?: string;
}

const FEFO = '__fefo';
/** Kinds that name a new lot (its number and expiry) rather than take from one. */
const NAMES_LOT = (k: MoveKind) => k === 'receive' || k === 'recover' || k === 'rotate';
const TAKES_LOT = (k: MoveKind) => k !== 'receive' && k !== 'recover';

/**
 * One move of the ledger: 入库/回收 into a lot named by number and expiry, 出库/报废/调拨
 * out of a chosen lot or earliest expiry first, 轮换 an old lot for a new one. A move that
 * would leave a lot below zero is refused by the host with what the lot holds.
 */
export function MoveDialog({
  kind,
  line,
  onClose,
}: {
  kind: MoveKind;
  line?: StockLineView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguageChange(form);
  const [addingItem, setAddingItem] = useState(false);
  const [drillId, setDrillId] = useState<string | null>(null);
  const depots = useApiQuery('depots.list', {});
  const items = useApiQuery('supplies.items', {});
  const depotId = Form.useWatch('depotId', form) ?? line?.depotId;
  const itemId = Form.useWatch('itemId', form) ?? line?.itemId;
  const stock = useApiQuery(
    'supplies.stock',
    { depotId: depotId ?? '', itemId: itemId ?? '' },
    {
      enabled: Boolean(depotId && itemId) && TAKES_LOT(kind),
    },
  );
  const lots = stock.data?.[0]?.lots ?? [];
  const unit = (items.data ?? []).find((i) => i.id === itemId)?.unit ?? line?.unit ?? '';
  const save = useApiMutation('supplies.move', {
    onSuccess: () => {
      void message.success(t('supplies.move.saved', { kind: t(`moveKind.${kind}`) }));
      onClose();
    },
    onError: (err) => {
      if (!applyServerErrors(form, err, t)) void message.error(errorText(t, err));
    },
  });
  const submit = (v: Values) =>
    save.mutate({
      kind,
      depotId: v.depotId,
      itemId: v.itemId,
      quantity: v.quantity,
      lotId: v.lotId && v.lotId !== FEFO ? v.lotId : null,
      lotNo: v.lotNo?.trim() ?? '',
      expiresOn: v.expiresOn ? v.expiresOn.format('YYYY-MM-DD') : null,
      toDepotId: v.toDepotId ?? null,
      reason: v.reason?.trim() ?? '',
      drillId,
    });
  const depotOptions = (depots.data ?? []).map((d) => ({ value: d.id, label: d.name }));

  return (
    <Modal
      open
      width={720}
      title={t('supplies.move.title', { kind: t(`moveKind.${kind}`) })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ExerciseSwitch value={drillId} onChange={setDrillId} what="move" />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ depotId: line?.depotId, itemId: line?.itemId, lotId: FEFO }}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="depotId" label={t('supplies.col.depot')} rules={[requiredRule(t)]}>
              <Select
                showSearch
                optionFilterProp="label"
                options={depotOptions}
                disabled={Boolean(line)}
                data-testid="move-depot"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('supplies.col.item')} required>
              <div style={{ display: 'flex', gap: 8 }}>
                <Form.Item name="itemId" noStyle rules={[requiredRule(t)]}>
                  <Select
                    showSearch
                    optionFilterProp="label"
                    disabled={Boolean(line)}
                    aria-label={t('supplies.col.item')}
                    data-testid="move-item"
                    options={(items.data ?? []).map((i) => ({
                      value: i.id,
                      label: [i.name, i.spec, `(${i.unit})`].filter(Boolean).join(' '),
                    }))}
                  />
                </Form.Item>
                {line ? null : <Button onClick={() => setAddingItem(true)}>{t('supplies.item.add')}</Button>}
              </div>
            </Form.Item>
          </Col>
          {TAKES_LOT(kind) ? (
            <Col span={12}>
              <Form.Item name="lotId" label={t('supplies.move.fromLot')}>
                <Select
                  data-testid="move-lot"
                  options={[
                    { value: FEFO, label: t('supplies.move.fefo') },
                    ...lots.map((l) => ({
                      value: l.id,
                      label: t('supplies.move.lotOption', {
                        lot: l.lotNo || t('supplies.lot.unnumbered'),
                        n: l.quantity,
                        unit,
                        expiresOn: l.expiresOn ?? t('supplies.lot.noExpiryShort'),
                      }),
                    })),
                  ]}
                />
              </Form.Item>
            </Col>
          ) : null}
          <Col span={12}>
            <Form.Item
              name="quantity"
              label={unit ? t('supplies.move.quantity', { unit }) : t('supplies.move.quantityBare')}
              rules={[requiredNumberRule(t)]}
            >
              <InputNumber min={0.001} max={1e9} className="dr-full-width" />
            </Form.Item>
          </Col>
          {kind === 'transfer' ? (
            <Col span={12}>
              <Form.Item name="toDepotId" label={t('supplies.move.toDepot')} rules={[requiredRule(t)]}>
                <Select
                  showSearch
                  optionFilterProp="label"
                  data-testid="move-to-depot"
                  options={depotOptions.filter((d) => d.value !== depotId)}
                />
              </Form.Item>
            </Col>
          ) : null}
          {NAMES_LOT(kind) ? (
            <>
              <Col span={12}>
                <Form.Item
                  name="lotNo"
                  label={t(kind === 'rotate' ? 'supplies.move.newLotNo' : 'supplies.move.lotNo')}
                >
                  <Input maxLength={40} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  name="expiresOn"
                  label={t('supplies.move.expiresOn')}
                  rules={kind === 'rotate' ? [{ required: true, message: t('errors.field.required') }] : []}
                >
                  <DatePicker className="dr-full-width" />
                </Form.Item>
              </Col>
            </>
          ) : null}
          <Col span={24}>
            <Form.Item
              name="reason"
              label={t(
                kind === 'receive' || kind === 'recover' ? 'supplies.move.source' : 'supplies.move.reason',
              )}
              rules={kind === 'receive' || kind === 'recover' ? [] : [requiredRule(t)]}
            >
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {addingItem ? (
        <ItemDialog
          onClose={(id) => {
            setAddingItem(false);
            if (id) form.setFieldValue('itemId', id);
          }}
        />
      ) : null}
    </Modal>
  );
}
