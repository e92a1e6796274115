import type { TFunction } from 'i18next';
import { useState } from 'react';
import { App, Button, Card, DatePicker, Form, Input, Modal, Space, Switch, Table, Tag, Timeline } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { EquipmentView, FaultView } from '../../../../common/contract/equipment';
import { FAULT_STATUSES, type FaultStatus } from '../../../../common/domain/equipment';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { newClientKey } from '../../components/clientKey';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRecordFocus } from '../../components/recordFocus';
import { useFormatDateTime } from '../../time/useRoomTime';
import { CheckDialog } from './CheckDialog';
import { DrillMarker } from '../../components/DrillMarker';
import { FAULT_COLORS } from './DueTag';

type Dialog = { kind: 'note' | 'deadline'; f: FaultView } | { kind: 'recheck'; e: EquipmentView } | null;

/** Faults (故障/整改): open ones first by deadline, overdue ones red, each with its record of actions. */
export function FaultsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const fmt = useFormatDateTime();
  const [openOnly, setOpenOnly] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const faults = useApiQuery('faults.list', openOnly ? { open: true } : {});
  const equipment = useApiQuery('equipment.list', { includeRetired: true });
  const focus = useRecordFocus(
    faults.data?.map((f) => f.id),
    20,
  );
  const update = useApiMutation('faults.update', { onError: (e) => void message.error(errorText(t, e)) });

  const move = (f: FaultView, status: FaultStatus) =>
    update.mutate(
      { id: f.id, clientKey: newClientKey(), status },
      {
        onSuccess: () =>
          void message.success(
            t('equipment.faultMoved', { number: f.number, status: t(`faultStatus.${status}`) }),
          ),
      },
    );

  return (
    <Card
      title={t('equipment.faults.title')}
      extra={
        <span className="dr-inline-switch">
          <Switch
            size="small"
            checked={openOnly}
            onChange={setOpenOnly}
            aria-label={t('equipment.faults.openOnly')}
          />
          {t('equipment.faults.openOnly')}
        </span>
      }
    >
      <ErrorAlert error={faults.error} />
      <Table<FaultView>
        rowKey="id"
        size="middle"
        loading={faults.isPending}
        dataSource={faults.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true, ...focus.paging }}
        data-testid="faults-table"
        locale={{ emptyText: t('equipment.faults.empty') }}
        rowClassName={(f) =>
          focus.rowClass(f.id) ||
          (f.overdue ? 'dr-eq-row-overdue' : f.status === 'closed' ? 'dr-eq-row-closed' : '')
        }
        expandable={{
          expandedRowRender: (f) => (
            <Timeline
              className="dr-eq-timeline"
              items={f.actions.map((a) => ({
                key: a.id,
                color:
                  a.kind === 'closed'
                    ? 'green'
                    : a.kind === 'recheck_failed' || a.kind === 'opened'
                      ? 'red'
                      : 'blue',
                content: (
                  <span>
                    <span className="dr-tabular">{fmt(a.at)}</span> · {a.authorName} ·{' '}
                    <strong>{t(`faultAction.${a.kind}`)}</strong>
                    {actionDetail(t, a, fmt)}
                  </span>
                ),
              }))}
            />
          ),
        }}
        columns={[
          {
            title: t('equipment.col.number'),
            dataIndex: 'number',
            width: 120,
            render: (v: string) => <span className="dr-tabular">{v}</span>,
          },
          {
            title: t('equipment.col.name'),
            render: (_v, f) => (
              <span>
                <span className="dr-strong">{f.equipmentName}</span>
                <DrillMarker number={f.drill?.number} className="dr-eq-drill" />
                <div className="dr-muted dr-eq-sub">{f.description}</div>
              </span>
            ),
          },
          { title: t('equipment.col.openedAt'), width: 150, render: (_v, f) => fmt(f.openedAt) },
          {
            title: t('equipment.col.deadline'),
            width: 170,
            render: (_v, f) => (
              <span data-testid="fault-deadline">
                {fmt(f.deadlineAt)}
                {f.overdue ? (
                  <Tag color="red" bordered={false} className="dr-eq-inline-tag">
                    {t('equipment.overdue')}
                  </Tag>
                ) : null}
              </span>
            ),
          },
          {
            title: t('equipment.col.status'),
            width: 130,
            render: (_v, f) => (
              <Tag color={FAULT_COLORS[f.status]} bordered={false} data-testid="fault-status">
                {t(`faultStatus.${f.status}`)}
              </Tag>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 290,
            render: (_v, f) =>
              f.status === 'closed' ? (
                <span className="dr-muted">{t('equipment.closedAt', { at: fmt(f.closedAt) })}</span>
              ) : (
                <Space size={0} wrap>
                  {f.status === 'open' ? (
                    <Button size="small" type="link" onClick={() => move(f, 'in_progress')}>
                      {t('equipment.faults.start')}
                    </Button>
                  ) : null}
                  {f.status !== 'repaired' ? (
                    <Button size="small" type="link" onClick={() => move(f, 'repaired')}>
                      {t('equipment.faults.repaired')}
                    </Button>
                  ) : null}
                  <Button size="small" type="link" onClick={() => setDialog({ kind: 'note', f })}>
                    {t('equipment.faults.note')}
                  </Button>
                  <Button size="small" type="link" onClick={() => setDialog({ kind: 'deadline', f })}>
                    {t('equipment.faults.deadline')}
                  </Button>
                  <Button
                    size="small"
                    type="link"
                    data-testid="fault-recheck"
                    onClick={() => {
                      const e = equipment.data?.find((x) => x.id === f.equipmentId);
                      if (e) setDialog({ kind: 'recheck', e });
                    }}
                  >
                    {t('equipment.faults.recheck')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      {dialog?.kind === 'note' || dialog?.kind === 'deadline' ? (
        <FaultUpdateDialog fault={dialog.f} mode={dialog.kind} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'recheck' ? (
        <CheckDialog equipment={dialog.e} recheck onClose={() => setDialog(null)} />
      ) : null}
    </Card>
  );
}

function actionDetail(
  t: TFunction,
  a: FaultView['actions'][number],
  fmt: (iso: string | null | undefined) => string,
): string {
  const d = a.data;
  const s = (v: unknown) => (typeof v === 'string' ? v : '');
  // A status step stores the codes it went between; an unknown code reads as itself.
  const status = (v: unknown) =>
    (FAULT_STATUSES as readonly unknown[]).includes(v) ? t(`faultStatus.${v as FaultStatus}`) : s(v);
  switch (a.kind) {
    case 'opened':
      return `${t('equipment.colon')}${s(d.description)}`;
    case 'status':
      return `${t('equipment.colon')}${status(d.from)} → ${status(d.to)}`;
    case 'note':
      return `${t('equipment.colon')}${s(d.text)}`;
    case 'deadline':
      return `${t('equipment.colon')}${fmt(s(d.from))} → ${fmt(s(d.to))}${s(d.reason) ? t('equipment.paren', { text: s(d.reason) }) : ''}`;
    case 'reported':
      return `${t('equipment.colon')}${s(d.to)}`;
    case 'recheck_failed':
      return `${t('equipment.colon')}${s(d.description)}`;
    default:
      return '';
  }
}

function FaultUpdateDialog({
  fault,
  mode,
  onClose,
}: {
  fault: FaultView;
  mode: 'note' | 'deadline';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{
    action?: string;
    reportedTo?: string;
    deadline?: dayjs.Dayjs;
    reason?: string;
  }>();
  const [clientKey] = useState(newClientKey);
  const update = useApiMutation('faults.update', {
    onSuccess: () => {
      void message.success(t('equipment.faultSaved', { number: fault.number }));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <Modal
      open
      title={t(mode === 'note' ? 'equipment.faults.noteTitle' : 'equipment.faults.deadlineTitle', {
        number: fault.number,
      })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ reportedTo: fault.reportedTo, deadline: dayjs(fault.deadlineAt) }}
        onFinish={(v) =>
          update.mutate({
            id: fault.id,
            clientKey,
            ...(mode === 'note'
              ? { action: v.action?.trim() ?? '', reportedTo: v.reportedTo?.trim() ?? '' }
              : { deadlineAt: v.deadline?.toISOString(), reason: v.reason?.trim() ?? '' }),
          })
        }
      >
        {mode === 'note' ? (
          <>
            <Form.Item name="action" label={t('equipment.faults.action')}>
              <Input.TextArea autoFocus maxLength={1000} rows={4} />
            </Form.Item>
            <Form.Item name="reportedTo" label={t('equipment.reportedTo')}>
              <Input maxLength={100} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item
              name="deadline"
              label={t('equipment.col.deadline')}
              rules={[{ required: true, message: t('errors.field.required') }]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                className="dr-full-width"
              />
            </Form.Item>
            <Form.Item name="reason" label={t('equipment.faults.reason')}>
              <Input maxLength={500} />
            </Form.Item>
          </>
        )}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
