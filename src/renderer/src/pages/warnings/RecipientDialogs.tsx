import { useState } from 'react';
import { App, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecipientView } from '../../../../common/contract/warnings';
import { ACK_HOWS, type AckHow } from '../../../../common/domain/warnings';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { DateTimeInput } from '../../components/DateTimeInput';
import { parseLocalText, toLocalText } from '../../components/localTime';
import { requiredRule } from '../../forms/rules';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { FormModal } from './FormModal';
import { recipientName } from './useWarningClock';

/**
 * The time a call or an answer happened, typed: left as the dialog opened, this screen's
 * exact now (the answer is judged late or not against it, and kept so); typed, that minute.
 */
function useEventTime() {
  const tz = useRoomTimeZone();
  const [opened] = useState(() => ({ iso: new Date().toISOString() }));
  const text = toLocalText(opened.iso, tz);
  return {
    tz,
    initial: text,
    resolve: (typed: string) => (typed === text ? opened.iso : parseLocalText(typed, tz)),
  };
}

interface CallValues {
  at: string;
  answered: 'yes' | 'no';
  answeredBy?: string;
  note?: string;
}

/** 记录叫应: one phone call to this recipient, answered or not, and who picked up. */
export function CallDialog({ recipient, onClose }: { recipient: RecipientView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const time = useEventTime();
  const save = useApiMutation('warnings.logCall', {
    onSuccess: () => {
      void message.success(t('warnings.callSaved'));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <FormModal<CallValues>
      title={t('warnings.callTitle', { name: recipientName(recipient) })}
      saving={save.isPending}
      onClose={onClose}
      initialValues={{ at: time.initial, answered: 'yes', answeredBy: recipient.person }}
      onFinish={(v, form) => {
        const at = time.resolve(v.at);
        if (!at) return void form.setFields([{ name: 'at', errors: [t('warnings.badTime')] }]);
        save.mutate({
          recipientId: recipient.id,
          at,
          answered: v.answered === 'yes',
          answeredBy: v.answered === 'yes' ? (v.answeredBy?.trim() ?? '') : '',
          note: v.note?.trim() ?? '',
        });
      }}
    >
      <Form.Item name="answered" label={t('warnings.answered')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'yes', label: t('warnings.answeredYes') },
            { value: 'no', label: t('warnings.answeredNo') },
          ]}
        />
      </Form.Item>
      <Form.Item name="answeredBy" label={t('warnings.answeredBy')}>
        <Input maxLength={40} autoFocus />
      </Form.Item>
      <Form.Item name="at" label={t('warnings.callAt')} rules={[requiredRule(t)]}>
        <DateTimeInput timeZone={time.tz} />
      </Form.Item>
      <Form.Item name="note" label={t('warnings.note')}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

interface AckValues {
  at: string;
  by: string;
  how: AckHow;
  note?: string;
}

/** 登记回执: this recipient's own answer, once; late or not is judged as it is recorded. */
export function AckDialog({ recipient, onClose }: { recipient: RecipientView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const time = useEventTime();
  const save = useApiMutation('warnings.acknowledge', {
    onSuccess: () => {
      void message.success(t('warnings.ackSaved'));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <FormModal<AckValues>
      title={t('warnings.ackTitle', { name: recipientName(recipient) })}
      saving={save.isPending}
      onClose={onClose}
      initialValues={{ at: time.initial, how: 'phone', by: recipient.person }}
      onFinish={(v, form) => {
        const at = time.resolve(v.at);
        if (!at) return void form.setFields([{ name: 'at', errors: [t('warnings.badTime')] }]);
        save.mutate({
          recipientId: recipient.id,
          at,
          by: v.by.trim(),
          how: v.how,
          note: v.note?.trim() ?? '',
        });
      }}
    >
      <Form.Item name="by" label={t('warnings.ackByLabel')} rules={[requiredRule(t)]}>
        <Input maxLength={40} autoFocus data-testid="ack-by" />
      </Form.Item>
      <Form.Item name="how" label={t('warnings.ackHow')}>
        <Select options={ACK_HOWS.map((h) => ({ value: h, label: t(`ackHow.${h}`) }))} />
      </Form.Item>
      <Form.Item name="at" label={t('warnings.ackAt')} rules={[requiredRule(t)]}>
        <DateTimeInput timeZone={time.tz} />
      </Form.Item>
      <Form.Item name="note" label={t('warnings.note')}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

/** 解除: on the issuing body's word. */
export function CancelDialog({ warningId, onClose }: { warningId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useApiMutation('warnings.cancel', {
    onSuccess: () => onClose(),
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <FormModal<{ reason: string }>
      title={t('warnings.cancelTitle')}
      saving={save.isPending}
      onClose={onClose}
      initialValues={{}}
      onFinish={(v) => save.mutate({ id: warningId, reason: v.reason.trim() })}
    >
      <Form.Item name="reason" label={t('warnings.cancelReason')} rules={[requiredRule(t)]}>
        <Input maxLength={200} autoFocus />
      </Form.Item>
    </FormModal>
  );
}
