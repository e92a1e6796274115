import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../../../common/contract/contacts';
import type { ContactCategory } from '../../../../common/domain/contacts';
import { useApiQuery } from '../../api/hooks';

/**
 * 从通讯录填入: a register's dialog (a rescue team, an agreement enterprise) takes its unit,
 * person and 24-hour phone from the one contacts register instead of retyping them, so
 * the number the room calls is the one it confirmed at the yearly review.
 */
export function ContactFill({
  category,
  onPick,
}: {
  /** The kind of unit offered first; the others follow when typed for. */
  category: ContactCategory;
  onPick: (c: ContactView) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const list = useApiQuery('contacts.list', q.trim() ? { q: q.trim().slice(0, 60) } : { category });
  const contacts = list.data ?? [];
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={null}
      placeholder={t('contacts.fill.placeholder')}
      aria-label={t('contacts.fill.label')}
      className="dr-full-width"
      data-testid="contact-fill"
      loading={list.isPending}
      notFoundContent={t('contacts.fill.none')}
      options={contacts.map((c) => ({
        value: c.id,
        label: [c.unit, c.person, c.post, c.dutyPhone || c.mobile].filter(Boolean).join(' · '),
      }))}
      onChange={(id) => {
        const c = contacts.find((x) => x.id === id);
        if (c) onPick(c);
      }}
    />
  );
}
