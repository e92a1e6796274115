import { useMemo, useState } from 'react';
import { App, Checkbox, Empty, Form, Modal, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../../../common/contract/contacts';
import type { WarningView } from '../../../../common/contract/warnings';
import {
  FORWARD_CHANNELS,
  suggestedRecipients,
  type ForwardChannel,
} from '../../../../common/domain/warnings';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { DateTimeInput } from '../../components/DateTimeInput';
import { parseLocalText, toLocalText } from '../../components/localTime';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { recipientName } from './useWarningClock';

const label = (c: ContactView) =>
  `${recipientName(c)}${c.dutyPhone || c.mobile ? ` ${c.mobile || c.dutyPhone}` : ''}`;

/**
 * 转发: recipients from 通讯录, grouped as the room thinks of them — the affected towns
 * first, then departments and county leaders, then the rest. Each affected town's first
 * step of its 叫应 ladder and the departments on the 叫应 list come pre-selected.
 */
export function ForwardDialog({ warning, onClose }: { warning: WarningView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const contacts = useApiQuery('contacts.list', {});
  const sent = useMemo(() => new Set(warning.recipients.map((r) => r.contactId)), [warning.recipients]);
  const codes = warning.towns.map((x) => x.code);
  const open = useMemo(() => (contacts.data ?? []).filter((c) => !sent.has(c.id)), [contacts.data, sent]);
  const [picked, setPicked] = useState<string[] | null>(null);
  const chosen =
    picked ??
    suggestedRecipients(open, codes)
      .filter((c) => c.category !== 'county_leader')
      .map((c) => c.id);
  const [channel, setChannel] = useState<ForwardChannel>('phone');
  // When it went out: now, unless typed (a fax sent before it was logged).
  const tz = useRoomTimeZone();
  const [opened] = useState(() => new Date().toISOString());
  const [sentText, setSentText] = useState(() => toLocalText(opened, tz));
  const [badTime, setBadTime] = useState(false);
  const forward = useApiMutation('warnings.forward', {
    onSuccess: (_r, input) => {
      void message.success(t('warnings.forwarded', { n: input.recipients.length }));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  const groups: { key: string; title: string; list: ContactView[] }[] = [
    ...warning.towns.map((town) => ({
      key: town.code,
      title: town.name,
      list: open.filter((c) => c.townCode === town.code),
    })),
    {
      key: 'county',
      title: `${t('contactCategory.department')} / ${t('contactCategory.county_leader')}`,
      list: open.filter((c) => c.category === 'department' || c.category === 'county_leader'),
    },
  ].filter((g) => g.list.length > 0);
  const submit = () => {
    if (chosen.length === 0) return void message.warning(t('warnings.pickRecipients'));
    const sentAt = sentText === toLocalText(opened, tz) ? null : parseLocalText(sentText, tz);
    if (sentAt === null && sentText !== toLocalText(opened, tz)) return setBadTime(true);
    forward.mutate({
      id: warning.id,
      recipients: chosen.map((contactId) => ({ contactId, channel })),
      ...(sentAt ? { sentAt } : {}),
    });
  };
  return (
    <Modal
      open
      width={760}
      title={t('warnings.forwardTitle', { headline: warning.headline })}
      okText={t('warnings.forward')}
      cancelText={t('common.cancel')}
      confirmLoading={forward.isPending}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <p className="dr-warn-sub">{t('warnings.forwardHelp')}</p>
      <Space wrap align="start">
        <Form.Item label={t('warnings.forwardChannel')}>
          <Select<ForwardChannel>
            value={channel}
            onChange={setChannel}
            aria-label={t('warnings.forwardChannel')}
            className="dr-warn-channel"
            options={FORWARD_CHANNELS.map((c) => ({ value: c, label: t(`forwardChannel.${c}`) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('warnings.sentAt')}
          validateStatus={badTime ? 'error' : undefined}
          help={badTime ? t('warnings.badTime') : undefined}
        >
          <DateTimeInput
            timeZone={tz}
            value={sentText}
            onChange={(v) => {
              setSentText(v);
              setBadTime(false);
            }}
            aria-label={t('warnings.sentAt')}
          />
        </Form.Item>
      </Space>
      <div className="dr-warn-recipients" data-testid="forward-recipients">
        {groups.length === 0 && !contacts.isPending ? <Empty /> : null}
        {groups.map((g) => (
          <div key={g.key}>
            <div className="dr-warn-group">{g.title}</div>
            <Checkbox.Group
              value={chosen.filter((id) => g.list.some((c) => c.id === id))}
              onChange={(ids) =>
                setPicked([...chosen.filter((id) => !g.list.some((c) => c.id === id)), ...ids.map(String)])
              }
              options={g.list.map((c) => ({ value: c.id, label: label(c) }))}
            />
          </div>
        ))}
      </div>
    </Modal>
  );
}
