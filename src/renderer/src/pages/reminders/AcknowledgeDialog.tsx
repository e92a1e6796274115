import { useState } from 'react';
import { App, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '../../../../common/contract/reminders';
import { useApiMutation } from '../../api/hooks';
import { errorText } from '../../api/errors';
import { reminderWhat } from './reminderText';

/** 确认提醒: who saw it and what is being done, recorded; the record itself is dealt with where it lives. */
export function AcknowledgeDialog({ reminder, onClose }: { reminder: Reminder | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const ack = useApiMutation('reminders.acknowledge', {
    onSuccess: () => {
      void message.success(t('reminders.ack.done'));
      setNote('');
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  const submit = () => {
    if (!reminder || ack.isPending) return;
    ack.mutate({ source: reminder.source, ref: reminder.ref, cycle: reminder.cycle, note });
  };
  return (
    <Modal
      open={reminder !== null}
      title={t('reminders.ack.title')}
      okText={t('reminders.ack.ok')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={ack.isPending}
      destroyOnHidden
    >
      {reminder ? <p data-testid="ack-what">{reminderWhat(t, reminder)}</p> : null}
      <label>
        {t('reminders.ack.note')}
        <Input
          autoFocus
          value={note}
          maxLength={200}
          placeholder={t('reminders.ack.notePlaceholder')}
          onChange={(e) => setNote(e.target.value)}
          onPressEnter={submit}
          aria-label={t('reminders.ack.note')}
        />
      </label>
    </Modal>
  );
}
