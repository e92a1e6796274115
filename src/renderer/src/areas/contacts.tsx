import { lazy } from 'react';
import { PhoneOutlined } from '@ant-design/icons';
import { contactsArea } from '../../../common/areas/contacts';
import { contactsZhCN } from '../i18n/contacts.zh-CN';
import { defineRendererArea } from './define';

const ContactsPage = lazy(() =>
  import('../pages/contacts/ContactsPage').then((m) => ({ default: () => <m.ContactsPage /> })),
);

export const contactsUi = defineRendererArea(contactsArea, {
  pages: {
    contacts: { page: ContactsPage, order: 55, icon: <PhoneOutlined />, labelKey: 'nav.contacts' },
  },
  printPages: {},
  catalogs: {
    'zh-CN': contactsZhCN,
    'en-US': () => import('../i18n/contacts.en-US').then((m) => m.contactsEnUS),
  },
});
