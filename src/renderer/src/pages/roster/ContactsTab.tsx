import { useState } from 'react';
import { App, Button, Checkbox, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CONTACT_ROLES, type Contact } from '../../../../common/contract/roster';
import { phone } from '../../../../common/contract/shared';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { requiredRule, zodRule } from '../../forms/rules';

/** 联系人: people on the roster who do not sign in (a county leader, say), with their phones. */
export function ContactsTab() {
  const { t } = useTranslation();
  const q = useApiQuery('roster.contacts', { includeInactive: true });
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  return (
    <div>
      <div className="dr-ro-toolbar">
        <span className="dr-muted">{t('roster.contactsHelp')}</span>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('roster.addContact')}
        </Button>
      </div>
      <ErrorAlert error={q.error} />
      <Table<Contact>
        size="small"
        rowKey="id"
        loading={q.isPending}
        dataSource={q.data ?? []}
        pagination={false}
        columns={[
          { title: t('roster.col.name'), dataIndex: 'name' },
          { title: t('roster.col.role'), key: 'role', render: (_, c) => t(`role.${c.role}`) },
          { title: t('roster.col.unit'), dataIndex: 'unit' },
          { title: t('roster.col.post'), dataIndex: 'post' },
          { title: t('roster.col.phone'), dataIndex: 'phone', className: 'dr-tabular' },
          {
            title: t('roster.col.active'),
            key: 'active',
            render: (_, c) =>
              c.active ? <Tag color="green">{t('roster.active')}</Tag> : <Tag>{t('roster.inactive')}</Tag>,
          },
          {
            title: t('common.actions'),
            key: 'a',
            render: (_, c) => (
              <Button type="link" size="small" onClick={() => setEditing(c)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing ? (
        <ContactDialog contact={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </div>
  );
}

interface Values {
  name: string;
  phone: string;
  unit: string;
  post: string;
  role: Contact['role'];
  active: boolean;
}

function ContactDialog({ contact, onClose }: { contact: Contact | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useApiMutation('roster.saveContact', {
    onSuccess: () => {
      void message.success(t('roster.saved'));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <Modal
      open
      title={t(contact ? 'roster.editContact' : 'roster.addContact')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={contact ?? { role: 'leader', active: true, phone: '', unit: '', post: '' }}
        onFinish={(v) =>
          save.mutate({
            ...(contact ? { id: contact.id } : {}),
            name: v.name.trim(),
            phone: (v.phone ?? '').trim(),
            unit: (v.unit ?? '').trim(),
            post: (v.post ?? '').trim(),
            role: v.role,
            active: Boolean(v.active),
          })
        }
      >
        <Form.Item name="name" label={t('roster.col.name')} rules={[requiredRule(t)]}>
          <Input maxLength={30} autoFocus />
        </Form.Item>
        <Form.Item name="role" label={t('roster.col.role')}>
          <Select options={CONTACT_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        <Form.Item name="unit" label={t('roster.col.unit')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="post" label={t('roster.col.post')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="phone" label={t('roster.col.phone')} rules={[zodRule(phone, t)]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="active" valuePropName="checked">
          <Checkbox>{t('roster.active')}</Checkbox>
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
