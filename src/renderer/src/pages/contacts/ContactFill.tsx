import { useRef, useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../../../common/contract/contacts';
import { contactSearchTexts, type ContactCategory } from '../../../../common/domain/contacts';
import { matchesWords, words } from '../../../../common/search-words';
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
  // Typed words then Enter, on the phone: each key asks the host again. While its answer
  // is on the way the list offered is the last answer narrowed to the words typed, never
  // empty and never a stale row that no longer matches, so Enter picks what was asked for.
  const list = useApiQuery('contacts.list', q.trim() ? { q: q.trim().slice(0, 60) } : { category }, {
    placeholderData: keepPreviousData,
  });
  const ws = words(q);
  const contacts = (list.data ?? []).filter((c) => matchesWords(ws, contactSearchTexts(c)));
  // A pick is resolved among every row offered, so a list that changed under the key still finds it.
  const offered = useRef(new Map<string, ContactView>());
  for (const c of contacts) offered.current.set(c.id, c);
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={null}
      placeholder={t('contacts.fill.placeholder')}
      aria-label={t('contacts.fill.label')}
      className="dr-full-width"
      data-testid="contact-fill"
      loading={list.isFetching}
      notFoundContent={t(list.isFetching ? 'contacts.fill.searching' : 'contacts.fill.none')}
      options={contacts.map((c) => ({
        value: c.id,
        label: [c.unit, c.person, c.post, c.dutyPhone || c.mobile].filter(Boolean).join(' · '),
      }))}
      onChange={(id) => {
        const c = offered.current.get(id);
        if (c) onPick(c);
      }}
    />
  );
}
