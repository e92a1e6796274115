import { Button, Col, Form, Input, InputNumber, Row } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DepotView } from '../../../../common/contract/facilities';
import { name as nameRule } from '../../../../common/contract/shared';
import { ContactFields } from '../../components/ContactFields';
import { lonLatOf, pointOf } from '../../components/CoordinateFields';
import { PlaceFields, type PlaceValues } from '../../components/PlaceFields';
import { RegisterDialog } from '../../components/RegisterDialog';
import { useRegisterSave } from '../../components/useRegisterSave';
import { requiredRule, zodRule } from '../../forms/rules';
import { hrefOf } from '../../router/hash';

interface StockLine {
  item: string;
  unit: string;
  quantity: number | null;
  minimum: number | null;
  /** A line the ledger already holds: its quantity moves only through 出入库, 调拨 and 盘点. */
  held?: boolean;
}

interface Values extends PlaceValues {
  name: string;
  keeper?: string;
  phone?: string;
  notes?: string;
  stock: StockLine[];
}

/**
 * Add a depot or edit one (an ordinary, audited update). Its stock is the supplies ledger's:
 * a line it holds shows its quantity but is not typed over here (stock is moved, not edited)
 * and cannot be dropped while it holds anything; its minimum can be set. A new line's
 * quantity is its opening balance, recorded in the ledger as a 盘点调整.
 */
export function DepotDialog({ depot, onClose }: { depot?: DepotView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useRegisterSave(form, 'depots.upsert', 'resources.saved', onClose);

  const submit = (v: Values) =>
    save.mutate({
      ...(depot ? { id: depot.id } : {}),
      name: v.name.trim(),
      address: v.address?.trim() ?? '',
      townCode: v.townCode ?? null,
      point: pointOf(v),
      keeper: v.keeper?.trim() ?? '',
      phone: v.phone?.trim() ?? '',
      notes: v.notes ?? '',
      stock: (v.stock ?? [])
        .filter((s) => s && s.item?.trim())
        // A held line's quantity is the ledger's: sent without one, nothing moves.
        .map((s) => ({
          item: s.item.trim(),
          unit: s.unit.trim(),
          ...(s.held ? {} : { quantity: s.quantity ?? 0 }),
          minimum: s.minimum ?? 0,
        })),
    });

  const d = depot;
  return (
    <RegisterDialog<Values>
      form={form}
      width={820}
      title={d ? t('resources.depots.editTitle', { name: d.name }) : t('resources.depots.addTitle')}
      saving={save.isPending}
      onClose={onClose}
      onFinish={submit}
      initialValues={
        d
          ? {
              name: d.name,
              townCode: d.townCode,
              address: d.address,
              ...lonLatOf(d.point),
              keeper: d.keeper,
              phone: d.phone,
              notes: d.notes,
              stock: d.stock.map((s) => ({
                item: s.item,
                unit: s.unit,
                quantity: s.quantity,
                minimum: s.minimum,
                held: true,
              })),
            }
          : { stock: [] }
      }
    >
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item
            name="name"
            label={t('resources.col.depot')}
            rules={[requiredRule(t), zodRule(nameRule(80), t)]}
          >
            <Input maxLength={80} autoFocus />
          </Form.Item>
        </Col>
        <PlaceFields addressSpan={24} />
        <ContactFields name="keeper" label={t('resources.col.keeperName')} />
        <Col span={8}>
          <Form.Item name="notes" label={t('resources.col.notes')}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
      <h3 className="dr-res-stock-h">{t('resources.depots.stockTitle')}</h3>
      {d ? (
        <p className="dr-muted" data-testid="stock-hint">
          {t('resources.depots.stockHint')}{' '}
          <a href={hrefOf('supplies', ['stock'])}>{t('resources.depots.stockLink')}</a>
        </p>
      ) : null}
      <Form.List name="stock">
        {(fields, { add, remove }) => (
          <div className="dr-res-stock-list" data-testid="stock-list">
            {fields.map((field) => {
              const line = form.getFieldValue(['stock', field.name]) as StockLine | undefined;
              const held = line?.held === true;
              return (
                <Row
                  gutter={8}
                  key={field.key}
                  align="top"
                  data-testid={held ? 'stock-line-held' : 'stock-line'}
                >
                  <Col span={8}>
                    <Form.Item
                      name={[field.name, 'item']}
                      rules={[requiredRule(t), zodRule(nameRule(40), t)]}
                    >
                      <Input
                        placeholder={t('resources.stock.item')}
                        aria-label={t('resources.stock.item')}
                        maxLength={40}
                        disabled={held}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item
                      name={[field.name, 'unit']}
                      rules={[requiredRule(t), zodRule(nameRule(10), t)]}
                    >
                      <Input
                        placeholder={t('resources.stock.unit')}
                        aria-label={t('resources.stock.unit')}
                        maxLength={10}
                        disabled={held}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item
                      name={[field.name, 'quantity']}
                      rules={[{ required: true, message: t('errors.field.required') }]}
                    >
                      <InputNumber
                        min={0}
                        max={1_000_000_000}
                        placeholder={t('resources.stock.quantity')}
                        aria-label={t('resources.stock.quantity')}
                        className="dr-full-width"
                        disabled={held}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'minimum']}>
                      <InputNumber
                        min={0}
                        max={1_000_000_000}
                        placeholder={t('resources.stock.minimum')}
                        aria-label={t('resources.stock.minimum')}
                        className="dr-full-width"
                      />
                    </Form.Item>
                  </Col>
                  <Col span={2}>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('resources.stock.remove')}
                      title={held && (line?.quantity ?? 0) > 0 ? t('resources.stock.removeHeld') : undefined}
                      disabled={held && (line?.quantity ?? 0) > 0}
                      onClick={() => remove(field.name)}
                    />
                  </Col>
                </Row>
              );
            })}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ item: '', unit: '', quantity: null, minimum: 0 })}
            >
              {t('resources.stock.add')}
            </Button>
          </div>
        )}
      </Form.List>
    </RegisterDialog>
  );
}
