import { useState } from 'react';
import { App, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../common/contract';
import { LOG_ONLY_KINDS, type LogOnlyKind } from '../../../../common/domain/incidents';
import { name, phone, text } from '../../../../common/contract/shared';
import { useApiMutation } from '../../api/hooks';
import { newClientKey } from '../../components/clientKey';
import { DateTimeInput, dateTimeRule } from '../../components/DateTimeInput';
import { useEnterNavigation } from '../../components/enterNavigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LineArea } from '../../components/LineArea';
import { resolveLocalText, toLocalText } from '../../components/localTime';
import { requiredRule, zodRule } from '../../forms/rules';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { CALL_DIRECTIONS, fieldLabel } from './entryFields';
import { keyboardSearch } from '../../forms/optionMatch';

type Values = Record<string, unknown> & { occurredAt: string };

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The data of a log-only entry from the form, shaped like the contract wants it. */
function dataOf(kind: LogOnlyKind, v: Values): InputOf<'logs.add'>['data'] {
  switch (kind) {
    case 'call':
      return {
        direction: (v.direction as 'incoming_call' | 'notice') ?? 'incoming_call',
        fromUnit: str(v.fromUnit),
        fromName: str(v.fromName),
        phone: str(v.phone),
        content: str(v.content),
      };
    case 'spot_check':
      return {
        callerUnit: str(v.callerUnit),
        callerName: str(v.callerName),
        answeredBy: str(v.answeredBy),
        answerSeconds: Number(v.answerSeconds ?? 0),
        result: str(v.result),
      };
    case 'equipment_handover':
      return { items: str(v.items), receivedBy: str(v.receivedBy) };
    default:
      return { content: str(v.content) };
  }
}

/**
 * Entries that belong to no incident: calls and notices from above, spot checks of
 * the room (查岗, with how fast it answered), equipment handed over, anything else.
 */
export function QuickAddDialog({
  onClose,
  initialKind = 'call',
}: {
  onClose: () => void;
  initialKind?: LogOnlyKind;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tz = useRoomTimeZone();
  const [form] = Form.useForm<Values>();
  const [kind, setKind] = useState<LogOnlyKind>(initialKind);
  const [opened] = useState(() => ({ at: new Date().toISOString(), key: newClientKey() }));
  const add = useApiMutation('logs.add');

  const submit = async () => {
    if (add.isPending) return;
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const occurredAt = resolveLocalText(v.occurredAt, tz, opened.at)!;
    add.mutate({ clientKey: opened.key, kind, occurredAt, data: dataOf(kind, v) } as InputOf<'logs.add'>, {
      onSuccess: () => {
        void message.success(t('logs.quick.saved', { kind: t(`kind.${kind}`) }));
        onClose();
      },
    });
  };
  const enterNav = useEnterNavigation(() => void submit());
  const label = (k: string) => fieldLabel(t, kind, k);
  const req = requiredRule(t);
  const reqNumber = { required: true, message: t('errors.field.required') };

  return (
    <Modal
      open
      title={t('logs.quick.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={add.isPending}
      okButtonProps={{ disabled: add.isPending }}
      destroyOnHidden
      width={640}
    >
      <div ref={enterNav}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          value={kind}
          onChange={(e) => setKind(e.target.value as LogOnlyKind)}
          options={LOG_ONLY_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          className="dr-quick-kinds"
          aria-label={t('logs.quick.kind')}
        />
        <Form<Values>
          form={form}
          layout="vertical"
          name="quick-add"
          initialValues={{
            occurredAt: toLocalText(opened.at, tz),
            direction: 'incoming_call',
            answerSeconds: 0,
          }}
          preserve={false}
        >
          <Form.Item
            name="occurredAt"
            label={t('logs.field.occurredAtEntry')}
            rules={[req, dateTimeRule(tz, t('logs.time.invalid'), { notFuture: t('logs.time.future') })]}
          >
            <DateTimeInput timeZone={tz} autoFocus />
          </Form.Item>
          {kind === 'call' ? (
            <>
              <Form.Item name="direction" label={label('direction')} rules={[req]}>
                <Select
                  showSearch={keyboardSearch}
                  options={CALL_DIRECTIONS.map((d) => ({ value: d, label: t(`logs.callDirection.${d}`) }))}
                />
              </Form.Item>
              <Form.Item name="fromUnit" label={label('fromUnit')} rules={[req, zodRule(name(100), t)]}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="fromName" label={label('fromName')} rules={[zodRule(text(40), t)]}>
                <Input maxLength={40} />
              </Form.Item>
              <Form.Item name="phone" label={label('phone')} rules={[zodRule(phone, t)]}>
                <Input maxLength={40} inputMode="tel" />
              </Form.Item>
              <Form.Item name="content" label={label('content')} rules={[req, zodRule(name(4000), t)]}>
                <LineArea rows={2} maxLength={4000} />
              </Form.Item>
            </>
          ) : kind === 'spot_check' ? (
            <>
              <Form.Item name="callerUnit" label={label('callerUnit')} rules={[req, zodRule(name(100), t)]}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="callerName" label={label('callerName')} rules={[zodRule(text(40), t)]}>
                <Input maxLength={40} />
              </Form.Item>
              <Form.Item name="answeredBy" label={label('answeredBy')} rules={[req, zodRule(name(40), t)]}>
                <Input maxLength={40} />
              </Form.Item>
              <Form.Item name="answerSeconds" label={label('answerSeconds')} rules={[reqNumber]}>
                <InputNumber min={0} max={3600} precision={0} suffix={t('logs.secondsUnit')} />
              </Form.Item>
              <Form.Item name="result" label={label('result')} rules={[zodRule(text(500), t)]}>
                <Input maxLength={500} />
              </Form.Item>
            </>
          ) : kind === 'equipment_handover' ? (
            <>
              <Form.Item name="items" label={label('items')} rules={[req, zodRule(name(1000), t)]}>
                <LineArea maxLength={1000} />
              </Form.Item>
              <Form.Item name="receivedBy" label={label('receivedBy')} rules={[req, zodRule(name(40), t)]}>
                <Input maxLength={40} />
              </Form.Item>
            </>
          ) : (
            <Form.Item name="content" label={label('content')} rules={[req, zodRule(name(4000), t)]}>
              <LineArea rows={3} maxLength={4000} />
            </Form.Item>
          )}
        </Form>
        <ErrorAlert error={add.error} />
        <p className="dr-muted dr-form-keys">{t('logs.form.keys')}</p>
      </div>
    </Modal>
  );
}
