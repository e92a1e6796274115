import { useMemo, useState } from 'react';
import { App, Button, Checkbox, Modal, Space, Table, Tag, Tooltip } from 'antd';
import {
  CopyOutlined,
  DownloadOutlined,
  LeftOutlined,
  PrinterOutlined,
  RightOutlined,
  SwapOutlined,
  TeamOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Person, RosterChange, RosterShift } from '../../../../common/contract/roster';
import { addMonths } from '../../../../common/shifts';
import { localDate } from '../../../../common/time/zone';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { apiClient } from '../../api/client';
import { downloadBase64 } from '../../components/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportDialog } from '../../components/ImportDialog';
import { navigate, hrefOf } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { FillDialog } from './FillDialog';
import { ShiftDialog } from './ShiftDialog';
import { SwapDialog } from './SwapDialog';
import { isWeekend, namesText, weekdayOf } from './format';

type Dialog =
  | { kind: 'edit'; shift: RosterShift }
  | { kind: 'replace'; shift: RosterShift }
  | { kind: 'fill' }
  | { kind: 'swap' }
  | { kind: 'copy' }
  | { kind: 'import' }
  | null;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** 值班表: a month, a row per shift, each naming the leader on duty, the chief and the officers. */
export function MonthTab({ month: routeMonth }: { month: string | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tz = useRoomTimeZone();
  const thisMonth = localDate(new Date(), tz).slice(0, 7);
  const month = routeMonth && MONTH.test(routeMonth) ? routeMonth : thisMonth;
  const q = useApiQuery('roster.get', { month });
  const duty = useApiQuery('roster.onDuty', {});
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exporting, setExporting] = useState(false);
  const go = (m: string) => navigate(hrefOf('roster', ['month', m]));
  const nowKey = duty.data?.now.key;
  const changesByShift = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const c of q.data?.changes ?? []) {
      if (c.kind !== 'replace' && c.kind !== 'swap') continue;
      m.set(c.shiftKey, [
        ...(m.get(c.shiftKey) ?? []),
        t('roster.labelValue', { label: t(`rosterChange.${c.kind}`), value: c.reason }),
      ]);
    }
    return m;
  }, [q.data, t]);

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const f = await apiClient().call('roster.export', { month });
      downloadBase64(f.fileName, f.mime, f.base64);
    } catch (e) {
      void message.error(errorText(t, e));
    } finally {
      setExporting(false);
    }
  };

  const person = (p: Person | null) =>
    p ? (
      <Tooltip title={[p.title, p.phone].filter(Boolean).join(' · ') || undefined}>
        <span className={p.kind === 'contact' ? 'dr-ro-contact' : undefined}>{p.name}</span>
      </Tooltip>
    ) : (
      <span className="dr-muted">{t('roster.nobody')}</span>
    );

  return (
    <div className="dr-ro-month" data-testid="roster-month">
      <div className="dr-ro-toolbar">
        <Space>
          <Button
            icon={<LeftOutlined />}
            onClick={() => go(addMonths(month, -1))}
            aria-label={t('roster.prevMonth')}
          />
          <span className="dr-ro-month-title" data-testid="roster-month-title">
            {t('roster.monthTitle', { year: month.slice(0, 4), month: Number(month.slice(5)) })}
          </span>
          <Button
            icon={<RightOutlined />}
            onClick={() => go(addMonths(month, 1))}
            aria-label={t('roster.nextMonth')}
          />
          {month !== thisMonth ? (
            <Button onClick={() => go(thisMonth)}>{t('roster.thisMonth')}</Button>
          ) : null}
        </Space>
        <Space wrap>
          <Button icon={<TeamOutlined />} onClick={() => setDialog({ kind: 'fill' })}>
            {t('roster.fill')}
          </Button>
          <Button icon={<CopyOutlined />} onClick={() => setDialog({ kind: 'copy' })}>
            {t('roster.copyLast')}
          </Button>
          <Button icon={<SwapOutlined />} onClick={() => setDialog({ kind: 'swap' })}>
            {t('roster.swap')}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })}>
            {t('roster.import')}
          </Button>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()}>
            {t('roster.export')}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => navigate(hrefOf('print/roster', [month]))}>
            {t('roster.print')}
          </Button>
        </Space>
      </div>
      <ErrorAlert error={q.error} />
      <Table<RosterShift>
        size="small"
        rowKey="key"
        loading={q.isPending}
        dataSource={q.data?.shifts ?? []}
        pagination={false}
        sticky
        rowClassName={(s) =>
          [s.key === nowKey ? 'dr-ro-now' : '', isWeekend(s.date) ? 'dr-ro-weekend' : ''].join(' ')
        }
        onRow={(s) => ({ 'data-testid': `roster-row-${s.key}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('roster.col.date'),
            key: 'date',
            width: 150,
            render: (_, s) => (
              <span className="dr-tabular">
                {s.date.slice(5)} <span className="dr-muted">{weekdayOf(t, s.date)}</span>
                {s.key === nowKey ? (
                  <Tag color="blue" className="dr-ro-now-tag">
                    {t('roster.onDutyNow')}
                  </Tag>
                ) : null}
              </span>
            ),
          },
          {
            title: t('roster.col.shift'),
            key: 'slot',
            width: 80,
            render: (_, s) => t(`shiftSlot.${s.slot}`),
          },
          { title: t('position.leader'), key: 'leader', width: 130, render: (_, s) => person(s.leader) },
          { title: t('position.chief'), key: 'chief', width: 130, render: (_, s) => person(s.chief) },
          {
            title: t('position.officer'),
            key: 'officers',
            render: (_, s) =>
              s.officers.length ? (
                <span>
                  {s.officers.map((o, i) => (
                    <span key={o.id}>
                      {i > 0 ? t('roster.listSeparator') : ''}
                      {person(o)}
                    </span>
                  ))}
                </span>
              ) : (
                <span className="dr-muted">{t('roster.nobody')}</span>
              ),
          },
          {
            title: t('roster.col.changes'),
            key: 'changes',
            width: 90,
            render: (_, s) =>
              s.replacements ? (
                <Tooltip title={(changesByShift.get(s.key) ?? []).join('\n')}>
                  <Tag color="orange" data-testid="roster-replaced">
                    {t('roster.replacedN', { n: s.replacements })}
                  </Tag>
                </Tooltip>
              ) : null,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            render: (_, s) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', shift: s })}>
                  {t('common.edit')}
                </Button>
                <Button
                  type="link"
                  size="small"
                  disabled={!s.leader && !s.chief && s.officers.length === 0}
                  onClick={() => setDialog({ kind: 'replace', shift: s })}
                >
                  {t('roster.replace')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <RecentChanges changes={q.data?.changes ?? []} />
      {dialog?.kind === 'edit' && q.data ? (
        <ShiftDialog shift={dialog.shift} people={q.data.people} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'replace' && q.data ? (
        <ShiftDialog shift={dialog.shift} people={q.data.people} replace onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'fill' && q.data ? (
        <FillDialog month={month} people={q.data.people} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'swap' && q.data ? (
        <SwapDialog shifts={q.data.shifts} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'copy' ? <CopyDialog month={month} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'import' ? (
        <ImportDialog target="roster" title={t('roster.importTitle')} onClose={() => setDialog(null)} />
      ) : null}
    </div>
  );
}

function CopyDialog({ month, onClose }: { month: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [overwrite, setOverwrite] = useState(false);
  const from = addMonths(month, -1);
  const copy = useApiMutation('roster.copyMonth', {
    onSuccess: (r) => {
      void message.success(t('roster.filledN', { filled: r.filled, skipped: r.skipped }));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <Modal
      open
      title={t('roster.copyTitle', { from, to: month })}
      okText={t('roster.copyLast')}
      cancelText={t('common.cancel')}
      confirmLoading={copy.isPending}
      onOk={() => copy.mutate({ month, fromMonth: from, overwrite })}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>{t('roster.copyHelp')}</p>
      <Checkbox checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)}>
        {t('roster.overwrite')}
      </Checkbox>
    </Modal>
  );
}

function RecentChanges({
  changes,
}: {
  changes: {
    seq: number;
    at: string;
    shiftKey: string;
    kind: RosterChange['kind'];
    reason: string;
    authorName: string;
    before: { leader: string; chief: string; officers: string[] };
    after: { leader: string; chief: string; officers: string[] };
  }[];
}) {
  const { t } = useTranslation();
  const shown = changes
    .filter((c) => c.kind === 'replace' || c.kind === 'swap' || c.kind === 'set')
    .slice(0, 20);
  if (shown.length === 0) return null;
  return (
    <div className="dr-ro-changes">
      <h3 className="dr-section-title">{t('roster.changesTitle')}</h3>
      <ul>
        {shown.map((c) => {
          const before = [c.before.leader, c.before.chief, ...c.before.officers];
          const after = [c.after.leader, c.after.chief, ...c.after.officers];
          return (
            <li key={c.seq} data-testid="roster-change">
              <span className="dr-tabular">{c.shiftKey}</span> <Tag>{t(`rosterChange.${c.kind}`)}</Tag>
              {t('roster.changeLine', {
                out:
                  namesText(
                    t,
                    before.filter((n) => n && !after.includes(n)),
                  ) || t('roster.nobody'),
                in:
                  namesText(
                    t,
                    after.filter((n) => n && !before.includes(n)),
                  ) || t('roster.nobody'),
              })}
              {c.reason ? (
                <span className="dr-muted">{t('roster.because', { reason: c.reason })}</span>
              ) : null}
              <span className="dr-muted"> · {c.authorName}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
