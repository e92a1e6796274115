import { ContactInput } from '../../common/contract/contacts';
import { CONTACT_CATEGORIES, type ContactCategory } from '../../common/domain/contacts';
import { contactsLabels } from '../../common/i18n/contacts-labels';
import { newId } from '../auth/secrets';
import { duplicates, schemaIssues, townOf } from '../facilities/import-targets';
import { normalizeHeader } from '../imports/analyse';
import { defineImportTarget, importField, type ImportFieldDef, type ParsedRow, type RowIssue } from '../imports/registry';
import { contactByUnitPerson, contactInputOf, insertContact, updateContact } from './repo';

const f = importField;

/** 通讯录's columns, in export order: an export can be edited and imported back. */
export const CONTACT_FIELDS: ImportFieldDef[] = [
  f(
    'category',
    'column.contacts.category',
    true,
    ['单位类别', '分类', '类型', 'category', 'type'],
    'columnHint.contacts.category',
  ),
  f('unit', 'column.contacts.unit', true, ['单位名称', '部门', '单位（部门）', '机构', 'unit', 'organisation']),
  f('person', 'column.contacts.person', false, ['联系人', '负责人', '责任人', 'name', 'person']),
  f('post', 'column.contacts.post', false, ['职位', '岗位', '职务/岗位', 'post', 'title']),
  f('dutyPhone', 'column.contacts.dutyPhone', false, [
    '值班电话',
    '24小时电话',
    '24小时值班',
    '应急值班电话',
    '总值班室电话',
    'duty phone',
  ]),
  f('mobile', 'column.contacts.mobile', false, ['手机号', '手机号码', '移动电话', 'mobile']),
  f('officePhone', 'column.contacts.officePhone', false, ['办公室电话', '座机', '固定电话', '电话', 'office phone']),
  f('town', 'column.contacts.town', false, ['乡镇', '乡镇（街道）', '所在乡镇', '镇街', 'town']),
  f(
    'callList',
    'column.contacts.callList',
    false,
    ['叫应', '叫应对象', '是否叫应', 'call list'],
    'columnHint.contacts.callList',
  ),
  f(
    'reviewedOn',
    'column.contacts.reviewedOn',
    false,
    ['核对时间', '更新日期', '核实日期', 'reviewed'],
    'columnHint.contacts.reviewedOn',
  ),
  f('notes', 'column.notes', false, ['说明', 'remark', 'remarks']),
];

const CATEGORIES = new Map<string, ContactCategory>();
for (const c of CONTACT_CATEGORIES) {
  CATEGORIES.set(normalizeHeader(c), c);
  for (const loc of ['zh-CN', 'en-US'] as const)
    CATEGORIES.set(normalizeHeader(contactsLabels[loc][`contactCategory.${c}`]), c);
}
const CATEGORY_WORDS: [ContactCategory, string[]][] = [
  ['superior', ['上级', '市级', '市直', '省级', '上级部门']],
  ['county_leader', ['县领导', '县级领导', '领导']],
  ['department', ['部门', '县直', '县直单位', '县级部门', '成员单位']],
  ['town', ['乡镇', '街道', '乡镇街道', '镇', '乡']],
  ['village', ['村', '社区', '村社区', '村委会', '居委会']],
  ['team', ['队伍', '救援队', '应急队伍']],
  ['enterprise', ['企业', '公司', '重点企业']],
  ['other', ['其它']],
];
for (const [c, ws] of CATEGORY_WORDS) for (const w of ws) CATEGORIES.set(normalizeHeader(w), c);

const YES = ['是', '√', 'y', 'yes', 'true', '1', '叫应'];
const NO = ['否', '×', 'n', 'no', 'false', '0', ''];

/** Dates as registers write them: 2026-04-15, 2026/4/15, 2026.4.15, 2026年4月15日. */
export function dateOf(cell: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(cell.replace(/\s/g, ''));
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}

function parseContact(c: Record<string, string>, ctx: Parameters<typeof townOf>[0]): ParsedRow<ContactInput> {
  const issues: RowIssue[] = [];
  const category = c.category ? CATEGORIES.get(normalizeHeader(c.category)) : undefined;
  if (!c.category) issues.push({ field: 'category', key: 'errors.field.required' });
  else if (!category)
    issues.push({ field: 'category', key: 'errors.import_unknown_value', params: { value: c.category.slice(0, 40) } });
  const townCode = townOf(ctx, c.town ?? '');
  if (townCode === undefined)
    issues.push({ field: 'town', key: 'errors.import_town_unknown', params: { value: (c.town ?? '').slice(0, 40) } });
  const yes = (c.callList ?? '').trim().toLowerCase();
  const callList = YES.includes(yes) ? true : NO.includes(yes) ? false : null;
  if (callList === null) issues.push({ field: 'callList', key: 'errors.import_not_yes_no' });
  const reviewedOn = c.reviewedOn ? dateOf(c.reviewedOn) : null;
  if (c.reviewedOn && !reviewedOn) issues.push({ field: 'reviewedOn', key: 'errors.field.date' });
  const phones = [c.dutyPhone, c.mobile, c.officePhone].map((p) => (p ?? '').trim());
  if (phones.every((p) => !p)) issues.push({ field: 'dutyPhone', key: 'errors.contact_no_phone' });
  const parsed = ContactInput.safeParse({
    category: category ?? 'other',
    unit: c.unit ?? '',
    person: c.person ?? '',
    post: c.post ?? '',
    dutyPhone: phones[0],
    mobile: phones[1],
    officePhone: phones[2],
    townCode: townCode ?? null,
    callList: callList ?? false,
    notes: c.notes ?? '',
    reviewedOn,
  });
  if (!parsed.success) schemaIssues(issues, parsed.error.issues, (top) => (top === 'townCode' ? 'town' : top));
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, value: parsed.data };
}

const keyOf = (v: ContactInput) => `${v.unit.trim()}\u0000${v.person.trim()}`;

export const contactImportTarget = defineImportTarget<ContactInput>({
  name: 'contacts',
  event: 'contacts.changed',
  fields: CONTACT_FIELDS,
  points: null,
  parseRow: parseContact,
  plan(db, rows) {
    return {
      actions: rows.map((r) =>
        contactByUnitPerson(db, r.value.unit.trim(), r.value.person.trim()) ? ('update' as const) : ('create' as const),
      ),
      issues: duplicates(rows, keyOf, 'person'),
    };
  },
  write(ctx, rows) {
    let created = 0;
    let updated = 0;
    const at = ctx.nowIso();
    for (const e of rows) {
      const existing = contactByUnitPerson(ctx.db, e.unit.trim(), e.person.trim());
      if (existing) {
        updateContact(ctx.db, existing.id, e, at);
        ctx.changed('contact', existing.id, contactInputOf(existing), e);
        updated++;
      } else {
        const id = newId('con');
        insertContact(ctx.db, id, e, at);
        ctx.changed('contact', id, undefined, e);
        created++;
      }
    }
    return { created, updated };
  },
});
