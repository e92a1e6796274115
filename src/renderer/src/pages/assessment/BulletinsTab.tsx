import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Space, Table, Tag } from 'antd';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../common/contract';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { downloadBase64 } from '../../components/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toLocalText } from '../../components/localTime';
import { hrefOf, navigate } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { periodText } from './periods';
import { PeriodSelect } from './PeriodSelect';

type Summary = OutputOf<'bulletins.list'>['items'][number];

/** A draft's period and free texts (好的做法, 工作要求). */
function DraftDialog({ draft, period, onClose }: { draft?: Summary; period: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [p, setP] = useState(draft?.period ?? period);
  const [form] = Form.useForm<{ goodPractice: string; requirements: string }>();
  const save = useApiMutation('bulletins.draft', {
    onSuccess: () => {
      void message.success(t('bulletins.saved'));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <Modal
      open
      title={t('bulletins.draftTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('bulletins.saveDraft')}
      confirmLoading={save.isPending}
      width={720}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ goodPractice: draft?.goodPractice ?? '', requirements: draft?.requirements ?? '' }}
        onFinish={(v) => save.mutate({ id: draft?.id ?? null, period: p, ...v })}
        data-testid="bulletin-form"
      >
        <Form.Item label={t('assessment.period')}>
          <PeriodSelect value={p} onChange={setP} />
        </Form.Item>
        <Form.Item name="goodPractice" label={t('bulletins.goodPractice')}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Form.Item name="requirements" label={t('bulletins.requirements')}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AmendDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const amend = useApiMutation('bulletins.amend', {
    onSuccess: () => {
      void message.success(t('bulletins.amended'));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <Modal
      open
      title={t('bulletins.amendTitle')}
      onCancel={onClose}
      onOk={() => amend.mutate({ id, text })}
      confirmLoading={amend.isPending}
      okButtonProps={{ disabled: !text.trim() }}
    >
      <Input.TextArea
        rows={4}
        maxLength={4000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-label={t('bulletins.amendText')}
      />
    </Modal>
  );
}

/** 通报: drafts and issued bulletins; issue (frozen), amend, print, export. */
export function BulletinsTab({ period, setPeriod }: { period: string; setPeriod: (p: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tz = useRoomTimeZone();
  const list = useApiQuery('bulletins.list', {});
  const [dialog, setDialog] = useState<{ draft?: Summary } | null>(null);
  const [amending, setAmending] = useState<string | null>(null);
  const onError = (e: unknown) => void message.error(errorText(t, e));
  const issue = useApiMutation('bulletins.issue', {
    onSuccess: (b) => void message.success(t('bulletins.issued', { number: b.number ?? '' })),
    onError,
  });
  const exportFile = useApiMutation('bulletins.export', {
    onSuccess: (f) => downloadBase64(f.fileName, f.mime, f.base64),
    onError,
  });
  return (
    <Card
      extra={
        <>
          <PeriodSelect value={period} onChange={setPeriod} />{' '}
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({})} data-testid="bulletin-add">
            {t('bulletins.add')}
          </Button>
        </>
      }
    >
      <ErrorAlert error={list.error} />
      <Table<Summary>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 30, hideOnSinglePage: true }}
        data-testid="bulletins-table"
        locale={{ emptyText: t('bulletins.empty') }}
        columns={[
          { title: t('bulletins.col.period'), width: 150, render: (_v, b) => periodText(t, b.period) },
          { title: t('bulletins.col.number'), width: 100, render: (_v, b) => b.number ?? '—' },
          {
            title: t('bulletins.col.status'),
            width: 90,
            render: (_v, b) => (
              <Tag color={b.status === 'issued' ? 'green' : 'default'} bordered={false}>
                {t(`bulletins.status.${b.status}`)}
              </Tag>
            ),
          },
          {
            title: t('bulletins.col.issued'),
            width: 220,
            render: (_v, b) => (b.issuedAt ? `${toLocalText(b.issuedAt, tz)} ${b.issuedBy ?? ''}` : '—'),
          },
          { title: t('bulletins.col.amendments'), width: 70, className: 'dr-tabular', dataIndex: 'amendments' },
          {
            title: t('common.actions'),
            render: (_v, b) => (
              <Space size={0} wrap>
                {b.status === 'draft' ? (
                  <>
                    <Button type="link" size="small" onClick={() => setDialog({ draft: b })}>
                      {t('bulletins.edit')}
                    </Button>
                    <Popconfirm title={t('bulletins.issueConfirm')} onConfirm={() => issue.mutate({ id: b.id })}>
                      <Button type="link" size="small" data-testid="bulletin-issue">
                        {t('bulletins.issue')}
                      </Button>
                    </Popconfirm>
                  </>
                ) : (
                  <Button type="link" size="small" onClick={() => setAmending(b.id)}>
                    {t('bulletins.amend')}
                  </Button>
                )}
                <Button
                  type="link"
                  size="small"
                  icon={<PrinterOutlined />}
                  onClick={() => navigate(hrefOf('print/bulletin', [b.id]))}
                  data-testid="bulletin-print"
                >
                  {t('bulletins.print')}
                </Button>
                <Button type="link" size="small" onClick={() => exportFile.mutate({ id: b.id })}>
                  {t('bulletins.export')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {dialog ? <DraftDialog draft={dialog.draft} period={period} onClose={() => setDialog(null)} /> : null}
      {amending ? <AmendDialog id={amending} onClose={() => setAmending(null)} /> : null}
    </Card>
  );
}
