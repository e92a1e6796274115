/** Operator roles of a duty room (domain.md "The place"). */
export const ROLES = ['duty_officer', 'shift_chief', 'leader', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
