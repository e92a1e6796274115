import { catalog } from './catalog';

/** Error messages of the reminders (到期提醒), both locales. */
const zh = {
  'errors.reminder_gone': '这条提醒已不存在（记录已处理或已变化），列表已刷新',
};

const en: Record<keyof typeof zh, string> = {
  'errors.reminder_gone':
    'This reminder no longer exists (its record was dealt with or changed); the list is refreshed',
};

export const remindersMessages = catalog(zh, en);
