import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Button, Input, InputNumber, Radio, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EquipmentView, Template } from '../../../../common/contract/equipment';
import type { OutputOf } from '../../../../common/contract';
import { itemPasses, type CheckItem, type CheckValue } from '../../../../common/domain/equipment';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { newClientKey } from '../../components/clientKey';
import { ExerciseSwitch } from '../drills/ExerciseSwitch';
import { requirementOf } from './format';

export type RecordResult = OutputOf<'checks.record'>;

interface Props {
  equipment: EquipmentView;
  template: Template;
  roundId?: string;
  onDone: (r: RecordResult) => void;
  /** Shown as a second button (the round's "skip this item"). */
  onSkip?: () => void;
  submitLabel?: string;
}

/** The first focusable control of a field: the chosen radio, else the first one, else the input. */
function focusField(el: Element | null | undefined): boolean {
  if (!el) return false;
  const target =
    el.querySelector<HTMLElement>('input[type=radio]:checked') ??
    el.querySelector<HTMLElement>('input, textarea');
  target?.focus();
  return Boolean(target);
}

/**
 * One check of one item against its template, from the keyboard: Y/N answer yes/no
 * items, digits pick choices, Enter moves to the next field and saves from the last,
 * Ctrl+Enter saves from anywhere. Pass or fail shows as soon as a value is in.
 */
export function CheckForm({ equipment, template, roundId, onDone, onSkip, submitLabel }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, CheckValue>>({});
  const [notes, setNotes] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const [clientKey] = useState(newClientKey);
  const [drillId, setDrillId] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const record = useApiMutation('checks.record', { onSuccess: onDone });

  useEffect(() => {
    focusField(box.current?.querySelector('[data-check-field]'));
  }, []);

  const set = (key: string, v: CheckValue) => {
    setValues((old) => ({ ...old, [key]: v }));
    if (missing === key) setMissing(null);
  };

  const submit = () => {
    const gap = template.items.find(
      (it) =>
        it.required && (values[it.key] === undefined || values[it.key] === null || values[it.key] === ''),
    );
    if (gap) {
      setMissing(gap.key);
      focusField(box.current?.querySelector(`[data-check-field="${gap.key}"]`));
      return;
    }
    record.mutate({
      clientKey,
      equipmentId: equipment.id,
      templateVersion: template.version,
      results: template.items.map((it) => ({
        key: it.key,
        value:
          typeof values[it.key] === 'string'
            ? (values[it.key] as string).trim() || null
            : (values[it.key] ?? null),
      })),
      notes: notes.trim(),
      ...(roundId ? { roundId } : {}),
      drillId,
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.nativeEvent.isComposing) return;
    const target = e.target as HTMLElement;
    const field = target.closest<HTMLElement>('[data-check-field], [data-check-notes]');
    if (e.key === 'Enter') {
      if (target.tagName === 'BUTTON') return;
      e.preventDefault();
      if (e.ctrlKey || e.metaKey || !field) return submit();
      const all = [...(box.current?.querySelectorAll('[data-check-field], [data-check-notes]') ?? [])];
      const next = all[all.indexOf(field) + 1];
      if (!next) return submit();
      focusField(next);
      return;
    }
    if (!field || e.ctrlKey || e.altKey || e.metaKey) return;
    const item = template.items.find((it) => it.key === field.dataset.checkField);
    if (!item) return;
    const k = e.key.toLowerCase();
    if (item.type === 'bool' && (k === 'y' || k === 'n')) {
      e.preventDefault();
      set(item.key, k === 'y');
    } else if (item.type === 'choice' && /^[1-9]$/.test(k)) {
      const opt = item.options[Number(k) - 1];
      if (opt !== undefined) {
        e.preventDefault();
        set(item.key, opt);
      }
    }
  };

  return (
    <div className="dr-eq-check" ref={box} onKeyDown={onKeyDown} data-testid="check-form">
      <ExerciseSwitch value={drillId} onChange={setDrillId} what="check" />
      {template.items.map((it) => (
        <Field
          key={it.key}
          item={it}
          value={values[it.key] ?? null}
          onChange={(v) => set(it.key, v)}
          missing={missing === it.key}
        />
      ))}
      <div className="dr-eq-field" data-check-notes>
        <label className="dr-eq-label" htmlFor={`notes-${equipment.id}`}>
          {t('equipment.notes')}
        </label>
        <Input
          id={`notes-${equipment.id}`}
          value={notes}
          maxLength={1000}
          onChange={(e) => setNotes(e.target.value)}
          placeholder={t('equipment.notesHint')}
        />
      </div>
      {record.error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorText(t, record.error)}
          className="dr-form-alert"
        />
      ) : null}
      <div className="dr-eq-check-actions">
        <Space>
          <Button type="primary" onClick={submit} loading={record.isPending} data-testid="check-save">
            {submitLabel ?? t('equipment.saveCheck')}
          </Button>
          {onSkip ? (
            <Button onClick={onSkip} data-testid="check-skip">
              {t('equipment.skip')}
            </Button>
          ) : null}
        </Space>
        <span className="dr-muted dr-eq-keys">{t('equipment.keysHint')}</span>
      </div>
    </div>
  );
}

function Field({
  item,
  value,
  onChange,
  missing,
}: {
  item: CheckItem;
  value: CheckValue;
  onChange: (v: CheckValue) => void;
  missing: boolean;
}) {
  const { t } = useTranslation();
  const id = `ck-${item.key}`;
  const req = requirementOf(t, item);
  const filled = value !== null && value !== '';
  const ok = filled ? itemPasses(item, value) : null;
  let control;
  if (item.type === 'bool') {
    control = (
      <Radio.Group
        aria-labelledby={id}
        value={value}
        onChange={(e) => onChange(e.target.value as boolean)}
        options={[
          { value: true, label: t('equipment.yesKey') },
          { value: false, label: t('equipment.noKey') },
        ]}
      />
    );
  } else if (item.type === 'number') {
    control = (
      <Space.Compact>
        <InputNumber
          aria-labelledby={id}
          value={typeof value === 'number' ? value : null}
          onChange={(v) => onChange(typeof v === 'number' ? v : null)}
          controls={false}
          inputMode="decimal"
          className="dr-eq-number"
        />
        {item.unit ? <span className="dr-eq-unit">{item.unit}</span> : null}
      </Space.Compact>
    );
  } else if (item.type === 'choice') {
    control = (
      <Radio.Group
        aria-labelledby={id}
        value={value}
        onChange={(e) => onChange(e.target.value as string)}
        options={item.options.map((o, i) => ({ value: o, label: `${i + 1} ${o}` }))}
      />
    );
  } else {
    control = (
      <Input
        aria-labelledby={id}
        value={typeof value === 'string' ? value : ''}
        maxLength={200}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <div
      className={`dr-eq-field${missing ? ' dr-eq-field-missing' : ''}`}
      data-check-field={item.key}
      data-field-type={item.type}
    >
      <span className="dr-eq-label" id={id}>
        {item.label}
        {item.required ? null : <span className="dr-muted">{t('equipment.optional')}</span>}
      </span>
      <div className="dr-eq-control">{control}</div>
      <span className="dr-eq-req dr-muted">{req}</span>
      <span className="dr-eq-verdict" data-testid={`verdict-${item.key}`}>
        {ok === null ? (
          missing ? (
            <Tag color="red" bordered={false}>
              {t('equipment.required')}
            </Tag>
          ) : null
        ) : (
          <Tag color={ok ? 'green' : 'red'} bordered={false}>
            {t(ok ? 'checkResult.pass' : 'checkResult.fail')}
          </Tag>
        )}
      </span>
    </div>
  );
}
