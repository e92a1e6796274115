import { useState } from 'react';
import { Button, Segmented, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '../../../../common/contract/reminders';
import type { SystemInfo } from '../../../../common/contract/system';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { toLocalText } from '../../components/localTime';
import { useNow } from '../../time/format';
import { AcknowledgeDialog } from './AcknowledgeDialog';
import { ReminderDue, ReminderState, reminderHref, reminderWhat } from './reminderText';
import './reminders.css';

/** 到期提醒: every area's due items, overdue first; each links to its record and can be acknowledged. */
export function RemindersPage({ info }: { info: SystemInfo }) {
  const { t } = useTranslation();
  const list = useApiQuery('reminders.list', {});
  const settings = useApiQuery('settings.get', {});
  const tz = settings.data?.timeZone ?? info.timeZone;
  const now = useNow(30_000).getTime();
  const [show, setShow] = useState<'open' | 'all'>('open');
  const [acking, setAcking] = useState<Reminder | null>(null);
  const items = (list.data?.items ?? []).filter((r) => show === 'all' || !r.acknowledged);
  return (
    <div className="dr-page">
      <PageHeader title={t('nav.reminders')} subtitle={t('reminders.subtitle')} />
      <ErrorAlert error={list.error} />
      <Segmented
        value={show}
        onChange={(v) => setShow(v as 'open' | 'all')}
        options={[
          { value: 'open', label: t('reminders.filter.open', { n: list.data?.open ?? 0 }) },
          { value: 'all', label: t('reminders.filter.all', { n: list.data?.items.length ?? 0 }) },
        ]}
        data-testid="reminders-filter"
      />
      <Table<Reminder>
        className="dr-reminders-table"
        loading={list.isPending}
        dataSource={items}
        rowKey={(r) => `${r.source}|${r.ref}|${r.cycle}`}
        pagination={false}
        locale={{ emptyText: t('reminders.empty') }}
        onRow={(r) =>
          ({ 'data-testid': 'reminder-row', 'data-source': r.source }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            key: 'state',
            title: t('reminders.col.state'),
            width: 110,
            render: (_, r) => <ReminderState r={r} />,
          },
          {
            key: 'what',
            title: t('reminders.col.what'),
            render: (_, r) => (
              <a href={reminderHref(r)} className={r.acknowledged ? 'dr-reminder-acked' : undefined}>
                {reminderWhat(t, r)}
              </a>
            ),
          },
          {
            key: 'due',
            title: t('reminders.col.due'),
            width: 300,
            render: (_, r) => <ReminderDue r={r} now={now} tz={tz} />,
          },
          {
            key: 'ack',
            title: t('reminders.col.ack'),
            width: 320,
            render: (_, r) =>
              r.acknowledged ? (
                <span className="dr-reminder-acked" data-testid="reminder-acked">
                  {t('reminders.acked', { by: r.acknowledged.by, at: toLocalText(r.acknowledged.at, tz) })}
                  {r.acknowledged.note ? t('reminders.acked.note', { note: r.acknowledged.note }) : null}
                </span>
              ) : (
                <Button size="small" onClick={() => setAcking(r)} data-testid="reminder-ack">
                  {t('reminders.ack')}
                </Button>
              ),
          },
        ]}
      />
      <AcknowledgeDialog reminder={acking} onClose={() => setAcking(null)} />
    </div>
  );
}
