import { catalog } from './catalog';

/** Error messages of 通讯录, both locales. */
const zh = {
  'errors.contact_missing': '找不到该联系人',
  'errors.contact_taken': '“{{unit}}”已有一条“{{person}}”的记录',
  'errors.contact_no_phone': '请至少填写一个电话（24小时值班电话、手机或办公电话）',
};

const en: Record<keyof typeof zh, string> = {
  'errors.contact_missing': 'Contact not found',
  'errors.contact_taken': '"{{unit}}" already has an entry for "{{person}}"',
  'errors.contact_no_phone': 'Give at least one phone number (24-hour duty, mobile or office)',
};

export const contactsMessages = catalog(zh, en);
