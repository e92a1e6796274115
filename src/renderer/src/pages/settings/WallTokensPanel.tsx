import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { DesktopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { WallToken } from '../../../../common/contract/settings';
import { name } from '../../../../common/contract/shared';
import { errorText } from '../../api/errors';
import { hrefOf } from '../../router/hash';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { applyServerErrors, requiredRule, zodRule, useRevalidateOnLanguageChange } from '../../forms/rules';
import { useFormatDateTime } from '../../time/useRoomTime';
import { WallSettingsPanel } from './WallSettingsPanel';

/** The address a wall display opens; the token in it is swapped for a header on load. */
export function wallUrl(token: string, origin = window.location.origin): string {
  return `${origin}/${hrefOf('wall', [], { token })}`;
}

/** Read-only tokens for wall displays (大屏令牌): create, list, revoke. */
export function WallTokensPanel() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ label: string }>();
  useRevalidateOnLanguageChange(form);
  const [created, setCreated] = useState<{ label: string; token: string } | null>(null);
  const fmt = useFormatDateTime();
  const list = useApiQuery('wallTokens.list', {});
  const create = useApiMutation('wallTokens.create', {
    onSuccess: (res) => {
      setCreated({ label: res.wallToken.label, token: res.token });
      form.resetFields();
    },
    onError: (err) => {
      if (!applyServerErrors(form, err, t)) void message.error(errorText(t, err));
    },
  });
  const revoke = useApiMutation('wallTokens.revoke', {
    onError: (err) => void message.error(errorText(t, err)),
  });

  const confirmRevoke = (w: WallToken) =>
    modal.confirm({
      title: t('wall.revokeTitle', { label: w.label }),
      content: t('wall.revokeBody'),
      okText: t('wall.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        revoke.mutateAsync({ id: w.id }).then(
          () => {
            if (created && created.label === w.label) setCreated(null);
            void message.success(t('wall.revoked', { label: w.label }));
          },
          () => undefined,
        ),
    });

  const httpOrigin = /^https?:/.test(window.location.origin);

  return (
    <Space orientation="vertical" size={16} className="dr-full-width">
      <WallSettingsPanel />
      <Card title={t('wall.createTitle')}>
        <p className="dr-muted">{t('wall.lead')}</p>
        <Form
          form={form}
          name="wall-token"
          layout="inline"
          onFinish={(v) => create.mutate({ label: v.label.trim() })}
          className="dr-inline-form"
        >
          <Form.Item name="label" label={t('wall.label')} rules={[requiredRule(t), zodRule(name(40), t)]}>
            <Input placeholder={t('wall.labelPlaceholder')} maxLength={40} className="dr-input-md" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" icon={<DesktopOutlined />} loading={create.isPending}>
              {t('wall.create')}
            </Button>
          </Form.Item>
        </Form>
        {created ? (
          <Alert
            className="dr-token-once"
            type="success"
            showIcon
            closable={{ onClose: () => setCreated(null) }}
            title={t('wall.createdTitle', { label: created.label })}
            description={
              <div data-testid="wall-url">
                <p>{t('wall.onceWarning')}</p>
                <Typography.Paragraph
                  className="dr-token-url"
                  copyable={{
                    text: wallUrl(created.token),
                    tooltips: [t('common.copy'), t('common.copied')],
                  }}
                  code
                >
                  {wallUrl(created.token)}
                </Typography.Paragraph>
                {httpOrigin ? null : <p className="dr-muted">{t('wall.desktopOriginNote')}</p>}
              </div>
            }
          />
        ) : null}
      </Card>
      <Card title={t('wall.listTitle')}>
        <ErrorAlert error={list.error} />
        <Table<WallToken>
          rowKey="id"
          size="middle"
          loading={list.isPending}
          dataSource={list.data ?? []}
          pagination={false}
          locale={{ emptyText: t('wall.empty') }}
          columns={[
            {
              title: t('wall.label'),
              dataIndex: 'label',
              render: (v: string) => <span className="dr-strong">{v}</span>,
            },
            { title: t('wall.createdAt'), dataIndex: 'createdAt', width: 180, render: (v: string) => fmt(v) },
            {
              title: t('wall.lastUsedAt'),
              dataIndex: 'lastUsedAt',
              width: 180,
              render: (v: string | null) =>
                v ? fmt(v) : <span className="dr-muted">{t('wall.neverUsed')}</span>,
            },
            {
              title: t('operators.status'),
              dataIndex: 'revokedAt',
              width: 200,
              render: (v: string | null) =>
                v ? (
                  <Tag bordered={false}>{t('wall.revokedAt', { time: fmt(v) })}</Tag>
                ) : (
                  <Tag color="green" bordered={false}>
                    {t('wall.valid')}
                  </Tag>
                ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 100,
              render: (_v, w) =>
                w.revokedAt ? null : (
                  <Button size="small" type="link" danger onClick={() => confirmRevoke(w)}>
                    {t('wall.revoke')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
