/**
 * 通讯录: the 24-hour contacts of every unit the duty room deals with, by kind of unit.
 * One register used by the intake (报送对象), and later by warnings (叫应), teams and
 * agreements.
 */
export const CONTACT_CATEGORIES = [
  'superior',
  'county_leader',
  'department',
  'town',
  'village',
  'team',
  'enterprise',
  'other',
] as const;
export type ContactCategory = (typeof CONTACT_CATEGORIES)[number];

/** The contacts a report goes to (报送对象): superiors, county leaders, departments. */
export const REPORT_CATEGORIES: readonly ContactCategory[] = ['superior', 'county_leader', 'department'];

/** How long a contact stays confirmed: the list is reviewed once a year (e.g. before the flood season). */
export const REVIEW_DAYS = 365;

/** The fields a 通讯录 search looks in: unit, person, post, every phone, the town. */
export function contactSearchTexts(c: {
  unit: string;
  person: string;
  post: string;
  dutyPhone: string;
  mobile: string;
  officePhone: string;
  townName: string | null;
}): string[] {
  return [c.unit, c.person, c.post, c.dutyPhone, c.mobile, c.officePhone, c.townName ?? ''];
}
