import { useState } from 'react';
import { App, Button, Card, Space, Switch, Table, Tag } from 'antd';
import { EditOutlined, KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../common/contract/operators';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RoleTag } from '../../components/RoleTag';
import { ROLE_ORDER } from '../SignInPage';
import { OperatorDialog } from './OperatorDialog';
import { PinDialog } from './PinDialog';

type Dialog = { kind: 'create' } | { kind: 'edit'; op: Operator } | { kind: 'pin'; op: Operator } | null;

/** Everyone who can sign in at this desk. Admins manage; others see the list. */
export function OperatorsPanel({ admin, self }: { admin: boolean; self: Operator }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [showInactive, setShowInactive] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useApiQuery('operators.list', { includeInactive: showInactive });
  const update = useApiMutation('operators.update', {
    onError: (err) => void message.error(errorText(t, err)),
  });

  const toggleActive = (op: Operator) => {
    if (!op.active) {
      update.mutate(
        { id: op.id, active: true },
        { onSuccess: () => void message.success(t('operators.activated', { name: op.name })) },
      );
      return;
    }
    modal.confirm({
      title: t('operators.deactivateTitle', { name: op.name }),
      content: t('operators.deactivateBody'),
      okText: t('operators.deactivate'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        update.mutateAsync({ id: op.id, active: false }).then(
          () => void message.success(t('operators.deactivated', { name: op.name })),
          () => undefined,
        ),
    });
  };

  const sorted = [...(list.data ?? [])].sort(
    (a, b) =>
      ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
      Number(b.active) - Number(a.active) ||
      a.name.localeCompare(b.name, 'zh-CN'),
  );

  return (
    <Card
      title={t('operators.title')}
      extra={
        <Space size="middle">
          <span className="dr-inline-switch">
            <Switch
              size="small"
              checked={showInactive}
              onChange={setShowInactive}
              aria-label={t('operators.showInactive')}
            />
            {t('operators.showInactive')}
          </span>
          {admin ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              {t('operators.add')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <ErrorAlert error={list.error} />
      <Table<Operator>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={sorted}
        pagination={false}
        locale={{ emptyText: t('operators.empty') }}
        rowClassName={(op) => (op.active ? '' : 'dr-row-inactive')}
        columns={[
          {
            title: t('field.name'),
            dataIndex: 'name',
            render: (_v, op) => (
              <span className="dr-strong">
                {op.name}
                {op.id === self.id ? (
                  <Tag bordered={false} className="dr-self-tag">
                    {t('operators.you')}
                  </Tag>
                ) : null}
              </span>
            ),
          },
          {
            title: t('field.role'),
            dataIndex: 'role',
            width: 120,
            render: (_v, op) => <RoleTag role={op.role} />,
          },
          {
            title: t('field.phone'),
            dataIndex: 'phone',
            width: 170,
            render: (v: string) => v || <span className="dr-muted">—</span>,
          },
          {
            title: t('field.pin'),
            dataIndex: 'hasPin',
            width: 200,
            // Signing a handover takes a PIN (or the signer's own session, opened with it).
            render: (v: boolean, op) =>
              v ? (
                t('operators.pinSet')
              ) : (
                <span className="dr-muted" data-testid={`pin-none-${op.id}`}>
                  {op.role === 'admin' ? t('operators.pinNone') : t('operators.pinNoneNoSign')}
                </span>
              ),
          },
          {
            title: t('operators.status'),
            dataIndex: 'active',
            width: 100,
            render: (v: boolean) =>
              v ? (
                <Tag color="green" bordered={false}>
                  {t('operators.active')}
                </Tag>
              ) : (
                <Tag bordered={false}>{t('operators.inactive')}</Tag>
              ),
          },
          ...(admin
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 250,
                  render: (_v: unknown, op: Operator) => (
                    <Space size={4}>
                      <Button
                        size="small"
                        type="link"
                        icon={<EditOutlined />}
                        onClick={() => setDialog({ kind: 'edit', op })}
                      >
                        {t('common.edit')}
                      </Button>
                      <Button
                        size="small"
                        type="link"
                        icon={<KeyOutlined />}
                        onClick={() => setDialog({ kind: 'pin', op })}
                      >
                        {t('operators.pinAction')}
                      </Button>
                      <Button size="small" type="link" danger={op.active} onClick={() => toggleActive(op)}>
                        {op.active ? t('operators.deactivate') : t('operators.activate')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {dialog?.kind === 'create' ? <OperatorDialog onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'edit' ? (
        <OperatorDialog operator={dialog.op} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'pin' ? <PinDialog operator={dialog.op} onClose={() => setDialog(null)} /> : null}
    </Card>
  );
}
