import { useState } from 'react';
import { App, Button, Card, Input, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../../../common/contract/contacts';
import { CONTACT_CATEGORIES, REVIEW_DAYS, type ContactCategory } from '../../../../common/domain/contacts';
import { apiClient } from '../../api/client';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ImportDialog } from '../../components/ImportDialog';
import { PageHeader } from '../../components/PageHeader';
import { RegisterTable } from '../../components/RegisterTable';
import { RegisterToolbar } from '../../components/RegisterToolbar';
import { useHashRoute } from '../../router/hash';
import { useNow } from '../../time/format';
import { ContactDialog } from './ContactDialog';

const DAY_MS = 86_400_000;
type Dialog = { kind: 'edit'; c?: ContactView } | { kind: 'import' } | null;
const isCategory = (v: string | null): v is ContactCategory =>
  v !== null && (CONTACT_CATEGORIES as readonly string[]).includes(v);

/**
 * 通讯录: the 24-hour lines of every unit the room deals with, by kind of unit; the
 * 叫应 list marked; lines not confirmed for a year in orange, and 核对 for the chosen ones.
 */
export function ContactsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const route = useHashRoute();
  const asked = route.query.get('category');
  const [category, setCategory] = useState<ContactCategory | undefined>(
    isCategory(asked) ? asked : undefined,
  );
  const [q, setQ] = useState('');
  const [archived, setArchived] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const list = useApiQuery('contacts.list', {
    ...(category ? { category } : {}),
    ...(q.trim() ? { q: q.trim().slice(0, 60) } : {}),
    includeArchived: archived,
  });
  const now = useNow(60_000).getTime();
  const stale = (c: ContactView) =>
    !c.reviewedOn || now - Date.parse(`${c.reviewedOn}T00:00:00Z`) > REVIEW_DAYS * DAY_MS;
  const review = useApiMutation('contacts.review', {
    onSuccess: (r) => {
      void message.success(t('contacts.reviewed', { n: r.reviewed }));
      setChosen([]);
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  const archive = useApiMutation('contacts.archive', { onError: (e) => void message.error(errorText(t, e)) });

  return (
    <div className="dr-page">
      <PageHeader title={t('nav.contacts')} subtitle={t('contacts.subtitle')} />
      <Card
        extra={
          <RegisterToolbar
            showInactive={archived}
            onShowInactive={setArchived}
            showInactiveLabel={t('contacts.showArchived')}
            importLabel={t('contacts.import')}
            onImport={() => setDialog({ kind: 'import' })}
            exportLabel={t('contacts.export')}
            onExport={() => apiClient().call('contacts.export', { includeArchived: archived })}
            addLabel={t('contacts.add')}
            onAdd={() => setDialog({ kind: 'edit' })}
          >
            <Input.Search
              allowClear
              value={q}
              onChange={(e) => setQ(e.target.value)}
              placeholder={t('contacts.search')}
              aria-label={t('contacts.search')}
              className="dr-res-search"
            />
            <Select<ContactCategory | undefined>
              allowClear
              value={category}
              onChange={setCategory}
              placeholder={t('contacts.allCategories')}
              aria-label={t('column.contacts.category')}
              options={CONTACT_CATEGORIES.map((k) => ({ value: k, label: t(`contactCategory.${k}`) }))}
              className="dr-res-filter"
              data-testid="contacts-category"
            />
          </RegisterToolbar>
        }
      >
        <Space className="dr-contacts-bar">
          <Button
            disabled={chosen.length === 0}
            loading={review.isPending}
            onClick={() => review.mutate({ ids: chosen })}
            data-testid="contacts-review"
          >
            {t('contacts.review', { n: chosen.length })}
          </Button>
          <span className="dr-muted">{t('contacts.reviewHelp')}</span>
        </Space>
        <RegisterTable<ContactView>
          query={list}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="contacts-table"
          locale={{ emptyText: t('contacts.empty') }}
          rowClassName={(c) => (c.archived ? 'dr-row-inactive' : '')}
          rowSelection={{
            selectedRowKeys: chosen,
            onChange: (keys) => setChosen(keys.map(String)),
            getCheckboxProps: (c) => ({ disabled: c.archived }),
          }}
          columns={[
            {
              title: t('column.contacts.category'),
              width: 100,
              render: (_v, c) => t(`contactCategory.${c.category}`),
            },
            {
              title: t('column.contacts.unit'),
              width: 190,
              render: (_v, c) => (
                <span>
                  {c.unit}
                  {c.callList ? (
                    <Tag color="volcano" bordered={false} className="dr-res-inline-tag">
                      {t('contacts.callListTag')}
                    </Tag>
                  ) : null}
                </span>
              ),
            },
            {
              title: t('column.contacts.person'),
              minWidth: 170,
              render: (_v, c) => [c.person, c.post].filter(Boolean).join(' · ') || '—',
            },
            {
              title: t('column.contacts.dutyPhone'),
              width: 140,
              className: 'dr-tabular',
              render: (_v, c) => c.dutyPhone || '—',
            },
            {
              title: t('contacts.otherPhones'),
              width: 160,
              className: 'dr-tabular',
              render: (_v, c) => [c.mobile, c.officePhone].filter(Boolean).join(' / ') || '—',
            },
            { title: t('column.contacts.town'), width: 96, render: (_v, c) => c.townName ?? '—' },
            {
              title: t('column.contacts.reviewedOn'),
              width: 110,
              render: (_v, c) =>
                stale(c) && !c.archived ? (
                  <Tag color="orange" bordered={false} data-testid="contact-stale">
                    {c.reviewedOn ?? t('contacts.neverReviewed')}
                  </Tag>
                ) : (
                  <span className="dr-tabular">{c.reviewedOn}</span>
                ),
            },
            {
              title: t('common.actions'),
              width: 120,
              fixed: 'right',
              render: (_v, c) => (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', c })}>
                    {t('common.edit')}
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    onClick={() => archive.mutate({ id: c.id, archived: !c.archived })}
                  >
                    {c.archived ? t('contacts.restore') : t('contacts.archive')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {dialog?.kind === 'edit' ? <ContactDialog contact={dialog.c} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'import' ? (
        <ImportDialog target="contacts" title={t('contacts.import')} onClose={() => setDialog(null)} />
      ) : null}
    </div>
  );
}
