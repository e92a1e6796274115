import { useState, type ReactNode } from 'react';
import { App, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../common/contract';
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

interface EventValues {
  at: string;
  note?: string;
}

/**
 * 记录叫应 and 登记回执 alike: a dialog about one recipient, titled with its name, its own
 * fields (`children`) followed by when it happened and a note; saved through `method` with
 * the recipient, the time (refused when it does not read as one) and the note beside what
 * `input` makes of the rest, said saved with `saved`, then closed.
 */
function RecipientEventDialog<N extends 'warnings.logCall' | 'warnings.acknowledge', V extends EventValues>({
  method,
  recipient,
  onClose,
  title,
  saved,
  atLabel,
  initialValues,
  input,
  children,
}: {
  method: N;
  recipient: RecipientView;
  onClose: () => void;
  title: 'warnings.callTitle' | 'warnings.ackTitle';
  saved: 'warnings.callSaved' | 'warnings.ackSaved';
  atLabel: 'warnings.callAt' | 'warnings.ackAt';
  initialValues: Omit<Partial<V>, 'at'>;
  input: (v: V) => Omit<InputOf<N>, 'recipientId' | 'at' | 'note'>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const time = useEventTime();
  const save = useApiMutation(method, {
    onSuccess: () => {
      void message.success(t(saved));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <FormModal<V>
      title={t(title, { name: recipientName(recipient) })}
      saving={save.isPending}
      onClose={onClose}
      initialValues={{ ...initialValues, at: time.initial } as Partial<V>}
      onFinish={(v, form) => {
        const at = time.resolve(v.at);
        // (`as never`: antd's field paths cannot see `at` in a generic V.)
        if (!at) return void form.setFields([{ name: 'at' as never, errors: [t('warnings.badTime')] }]);
        save.mutate({
          recipientId: recipient.id,
          at,
          note: v.note?.trim() ?? '',
          ...input(v),
        } as InputOf<N>);
      }}
    >
      {children}
      <Form.Item name="at" label={t(atLabel)} rules={[requiredRule(t)]}>
        <DateTimeInput timeZone={time.tz} />
      </Form.Item>
      <Form.Item name="note" label={t('warnings.note')}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

interface CallValues extends EventValues {
  answered: 'yes' | 'no';
  answeredBy?: string;
}

/** 记录叫应: one phone call to this recipient, answered or not, and who picked up. */
export function CallDialog({ recipient, onClose }: { recipient: RecipientView; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <RecipientEventDialog<'warnings.logCall', CallValues>
      method="warnings.logCall"
      recipient={recipient}
      onClose={onClose}
      title="warnings.callTitle"
      saved="warnings.callSaved"
      atLabel="warnings.callAt"
      initialValues={{ answered: 'yes', answeredBy: recipient.person }}
      input={(v) => ({
        answered: v.answered === 'yes',
        answeredBy: v.answered === 'yes' ? (v.answeredBy?.trim() ?? '') : '',
      })}
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
    </RecipientEventDialog>
  );
}

interface AckValues extends EventValues {
  by: string;
  how: AckHow;
}

/** 登记回执: this recipient's own answer, once; late or not is judged as it is recorded. */
export function AckDialog({ recipient, onClose }: { recipient: RecipientView; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <RecipientEventDialog<'warnings.acknowledge', AckValues>
      method="warnings.acknowledge"
      recipient={recipient}
      onClose={onClose}
      title="warnings.ackTitle"
      saved="warnings.ackSaved"
      atLabel="warnings.ackAt"
      initialValues={{ how: 'phone', by: recipient.person }}
      input={(v) => ({ by: v.by.trim(), how: v.how })}
    >
      <Form.Item name="by" label={t('warnings.ackByLabel')} rules={[requiredRule(t)]}>
        <Input maxLength={40} autoFocus data-testid="ack-by" />
      </Form.Item>
      <Form.Item name="how" label={t('warnings.ackHow')}>
        <Select options={ACK_HOWS.map((h) => ({ value: h, label: t(`ackHow.${h}`) }))} />
      </Form.Item>
    </RecipientEventDialog>
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
