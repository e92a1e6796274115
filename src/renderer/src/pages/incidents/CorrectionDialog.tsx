import { useState, type ReactNode } from 'react';
import {
  App,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Switch,
  type SelectProps,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { name, phone, text } from '../../../../common/contract/shared';
import { CATEGORIES, SUBTYPES, categoryOf } from '../../../../common/domain/incidents';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { newClientKey } from '../../components/clientKey';
import { DateTimeInput, dateTimeRule } from '../../components/DateTimeInput';
import { useEnterNavigation } from '../../components/enterNavigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LineArea } from '../../components/LineArea';
import { parseLocalText, toLocalText } from '../../components/localTime';
import { requiredRule, zodRule } from '../../forms/rules';
import {
  fieldDef,
  fieldLabel,
  formatValue,
  shownFields,
  type FieldDef,
  type FormatCtx,
} from '../logs/entryFields';
import type { EntryView } from './types';
import { gradeOptions, keyboardSearch } from '../../forms/optionMatch';

/** Fields a correction can change, in the order the entry shows them. */
/** The caller's parts and the suffix of their field labels (logs.field.callerUnit...). */
const CALLER_PART = { unit: 'Unit', name: 'Name', post: 'Post', phone: 'Phone' } as const;

function correctable(entry: EntryView): FieldDef[] {
  const defs = shownFields(entry.kind, entry.data).filter((d) => d.type !== 'notified');
  return entry.kind === 'intake' ? defs : [...defs, fieldDef(entry.kind, 'occurredAt')];
}

type Edit = Record<string, unknown>;

/** The form value of a field, from the entry's current value. */
function toEdit(def: FieldDef, value: unknown, tz: string): unknown {
  switch (def.type) {
    case 'time':
      return toLocalText(typeof value === 'string' ? value : null, tz);
    case 'caller':
    case 'casualties':
      return { ...(value as object) };
    case 'place': {
      const p = (value ?? {}) as {
        townCode?: string | null;
        address?: string;
        point?: [number, number] | null;
      };
      return {
        townCode: p.townCode ?? undefined,
        address: p.address ?? '',
        lon: p.point?.[0] ?? null,
        lat: p.point?.[1] ?? null,
      };
    }
    default:
      return value ?? (def.optional ? undefined : '');
  }
}

/** The contract's value of a field, from the form. */
function fromEdit(def: FieldDef, value: unknown, tz: string): unknown {
  switch (def.type) {
    case 'time': {
      const s = typeof value === 'string' ? value.trim() : '';
      return s ? parseLocalText(s, tz) : null;
    }
    case 'place': {
      const p = value as { townCode?: string; address?: string; lon?: number | null; lat?: number | null };
      return {
        townCode: p.townCode ?? null,
        address: (p.address ?? '').trim(),
        point: typeof p.lon === 'number' && typeof p.lat === 'number' ? [p.lon, p.lat] : null,
      };
    }
    case 'caller': {
      const c = value as Record<string, string | undefined>;
      return {
        unit: (c.unit ?? '').trim(),
        name: (c.name ?? '').trim(),
        post: (c.post ?? '').trim(),
        phone: (c.phone ?? '').trim(),
      };
    }
    case 'casualties': {
      const c = value as Record<string, number | null | undefined>;
      return { dead: c.dead ?? 0, injured: c.injured ?? 0, missing: c.missing ?? 0, trapped: c.trapped ?? 0 };
    }
    case 'seconds':
      return Number(value ?? 0);
    case 'wan':
      // 不详 is a blank figure, which the contract keeps as null.
      return typeof value === 'number' ? value : null;
    case 'persons':
      return Number(value ?? 0);
    case 'bool':
      return Boolean(value);
    default:
      return typeof value === 'string' ? value.trim() : value;
  }
}

/**
 * 更正: a wrong entry is never overwritten. The correction names the fields, their new
 * values and a reason; the timeline then shows 原值 → 新值 with who and when.
 */
export function CorrectionDialog({
  entry,
  ctx,
  instructions,
  onClose,
}: {
  entry: EntryView;
  ctx: FormatCtx;
  instructions: { entryId: string; leader: string; content: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tz = ctx.tz;
  const [form] = Form.useForm<Edit>();
  const [key] = useState(newClientKey);
  const [chosen, setChosen] = useState<string[]>([]);
  const towns = useApiQuery('geo.towns', {}, { staleTime: 10 * 60_000 });
  const correct = useApiMutation('incidents.correctEntry');
  const defs = correctable(entry);
  const current = (k: string) =>
    k === 'occurredAt' && entry.kind !== 'intake' ? entry.occurredAt : entry.data[k];
  const req = requiredRule(t);
  const reqNumber = { required: true, message: t('errors.field.required') };

  const submit = async () => {
    if (correct.isPending) return;
    let v: Edit;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const all = { ...(form.getFieldsValue(true) as Edit), ...v };
    const changes: Record<string, unknown> = {};
    for (const k of chosen) changes[k] = fromEdit(fieldDef(entry.kind, k), all[k], tz);
    // A subtype belongs to one category: correcting it corrects the category too.
    if (typeof changes.subtype === 'string') {
      const c = categoryOf(changes.subtype);
      if (c && c !== entry.data.category) changes.category = c;
    }
    correct.mutate(
      { entryId: entry.id, clientKey: key, changes, reason: String(all.reason ?? '').trim() },
      {
        onSuccess: () => {
          void message.success(t('logs.correction.saved'));
          onClose();
        },
      },
    );
  };
  const enterNav = useEnterNavigation(() => void submit());

  const editor = (def: FieldDef): ReactNode => {
    const k = def.key;
    const label = fieldLabel(t, entry.kind, k);
    switch (def.type) {
      case 'time':
        return (
          <Form.Item
            name={k}
            label={label}
            rules={[...(def.optional ? [] : [req]), dateTimeRule(tz, t('logs.time.invalid'))]}
          >
            <DateTimeInput timeZone={tz} />
          </Form.Item>
        );
      case 'enum':
      case 'grade':
      case 'category':
      case 'subtype':
      case 'instruction': {
        const options: SelectProps['options'] =
          def.type === 'enum'
            ? (def.options ?? []).map((o) => ({
                value: o,
                label: def.optionLabel ? t(def.optionLabel(o)) : o,
              }))
            : def.type === 'grade'
              ? gradeOptions((g) => t(`grade.${g}`))
              : def.type === 'category'
                ? CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))
                : def.type === 'subtype'
                  ? CATEGORIES.map((c) => ({
                      label: t(`category.${c}`),
                      title: t(`category.${c}`),
                      options: SUBTYPES[c].map((s) => ({ value: s, label: t(`subtype.${s}`) })),
                    }))
                  : instructions.map((i) => ({
                      value: i.entryId,
                      label: t('logs.detail.instructionOption', { leader: i.leader, content: i.content }),
                    }));
        return (
          <Form.Item name={k} label={label} rules={def.optional ? [] : [req]}>
            <Select showSearch={keyboardSearch} options={options} allowClear={def.optional} />
          </Form.Item>
        );
      }
      case 'casualties':
        return (
          <Form.Item label={label} required>
            <Row gutter={8}>
              {(['dead', 'injured', 'missing', 'trapped'] as const).map((c) => (
                <Col span={6} key={c}>
                  <Form.Item name={[k, c]} label={t(`logs.casualties.${c}`)} rules={[reqNumber]}>
                    <InputNumber className="dr-full-width" min={0} max={100000} precision={0} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </Form.Item>
        );
      case 'caller':
        return (
          <Form.Item label={label}>
            <Row gutter={8}>
              {(['unit', 'name', 'post', 'phone'] as const).map((c) => (
                <Col span={c === 'unit' ? 24 : 8} key={c}>
                  <Form.Item
                    name={[k, c]}
                    label={t(`logs.field.caller${CALLER_PART[c]}`)}
                    rules={[zodRule(c === 'phone' ? phone : text(c === 'unit' ? 100 : 40), t)]}
                  >
                    <Input maxLength={c === 'unit' ? 100 : 40} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </Form.Item>
        );
      case 'place':
        return (
          <Form.Item label={label}>
            <Row gutter={8}>
              <Col span={8}>
                <Form.Item name={[k, 'townCode']} label={t('logs.field.town')}>
                  <Select
                    allowClear
                    showSearch={keyboardSearch}
                    options={(towns.data ?? []).map((x) => ({ value: x.code, label: x.name }))}
                  />
                </Form.Item>
              </Col>
              <Col span={16}>
                <Form.Item
                  name={[k, 'address']}
                  label={t('logs.field.address')}
                  rules={[zodRule(text(200), t)]}
                >
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name={[k, 'lon']} label={t('logs.field.lon')}>
                  <InputNumber className="dr-full-width" min={-180} max={180} precision={6} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name={[k, 'lat']} label={t('logs.field.lat')}>
                  <InputNumber className="dr-full-width" min={-90} max={90} precision={6} />
                </Form.Item>
              </Col>
            </Row>
          </Form.Item>
        );
      case 'bool':
        return (
          <Form.Item name={k} label={label} valuePropName="checked">
            <Switch />
          </Form.Item>
        );
      case 'seconds':
        return (
          <Form.Item name={k} label={label} rules={[reqNumber]}>
            <InputNumber min={0} max={3600} precision={0} suffix={t('logs.secondsUnit')} />
          </Form.Item>
        );
      case 'persons':
      case 'wan':
        return (
          <Form.Item name={k} label={label} rules={def.type === 'persons' ? [reqNumber] : []}>
            <InputNumber
              className="dr-full-width"
              min={0}
              max={def.max}
              precision={def.type === 'wan' ? 2 : 0}
              suffix={t(def.type === 'wan' ? 'logs.figures.wanUnit' : 'logs.figures.personsUnit')}
            />
          </Form.Item>
        );
      case 'phone':
        return (
          <Form.Item name={k} label={label} rules={[zodRule(phone, t)]}>
            <Input maxLength={40} />
          </Form.Item>
        );
      default: {
        const max = def.max ?? 200;
        const blankOk = def.optional || def.multiline || (entry.kind === 'intake' && k !== 'title');
        return (
          <Form.Item
            name={k}
            label={label}
            rules={[...(blankOk ? [] : [req]), zodRule(def.multiline || blankOk ? text(max) : name(max), t)]}
          >
            {def.multiline ? (
              <Input.TextArea rows={2} maxLength={max} />
            ) : max <= 100 ? (
              <Input maxLength={max} />
            ) : (
              <LineArea maxLength={max} />
            )}
          </Form.Item>
        );
      }
    }
  };

  return (
    <Modal
      open
      width={720}
      title={t('logs.correction.title', {
        kind: t(`kind.${entry.kind}`),
        at: toLocalText(entry.occurredAt, tz),
      })}
      okText={t('logs.correction.submit')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={correct.isPending}
      okButtonProps={{ disabled: correct.isPending || chosen.length === 0 }}
      destroyOnHidden
    >
      <div ref={enterNav} data-testid="correction-dialog">
        <p className="dr-muted">{t('logs.correction.lead')}</p>
        <Form<Edit> form={form} layout="vertical" name="correction">
          <Form.Item label={t('logs.correction.fields')} required>
            <Checkbox.Group
              className="dr-correction-fields"
              value={chosen}
              onChange={(v) => {
                const keys = v as string[];
                for (const k of keys) {
                  if (!chosen.includes(k))
                    form.setFieldValue(k, toEdit(fieldDef(entry.kind, k), current(k), tz));
                }
                setChosen(defs.map((d) => d.key).filter((k) => keys.includes(k)));
              }}
              options={defs.map((d) => ({ value: d.key, label: fieldLabel(t, entry.kind, d.key) }))}
            />
          </Form.Item>
          {defs
            .filter((d) => chosen.includes(d.key))
            .map((d) => (
              <div key={d.key} className="dr-correction-edit" data-testid={`correct-${d.key}`}>
                <div className="dr-muted dr-correction-was">
                  {t('logs.correction.was', {
                    value: formatValue(d, current(d.key), ctx) || t('logs.correction.empty'),
                  })}
                </div>
                {editor(d)}
              </div>
            ))}
          <Form.Item name="reason" label={t('logs.correction.reason')} rules={[req, zodRule(name(500), t)]}>
            <LineArea maxLength={500} />
          </Form.Item>
        </Form>
        <ErrorAlert error={correct.error} />
        <p className="dr-muted dr-form-keys">{t('logs.form.keys')}</p>
      </div>
    </Modal>
  );
}
