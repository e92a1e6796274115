import type { ContactInput } from '../../common/contract/contacts';
import { localDate } from '../../common/time/zone';
import { newId } from '../auth/secrets';
import type { WriteCtx } from '../handler';
import { insertContact } from '../contacts/repo';
import type { DemoTown } from './geography';

/**
 * The demo county's 通讯录 (演示数据, fictional numbers): superiors, county leaders,
 * departments, each town's government duty line and its 党政主要负责人, two teams and two
 * enterprises. Most were confirmed this spring; the enterprises more than a year ago, so
 * the yearly review shows among the reminders.
 */
export function demoContacts(towns: DemoTown[], now: Date): ContactInput[] {
  const year = Number(localDate(now, 'Asia/Shanghai').slice(0, 4));
  const spring = `${year}-04-15`;
  const stale = `${year - 2}-11-20`;
  const base = { post: '', mobile: '', officePhone: '', townCode: null, callList: false, notes: '' };
  const line = (c: Partial<ContactInput> & Pick<ContactInput, 'category' | 'unit'>): ContactInput => ({
    ...base,
    person: '',
    dutyPhone: '',
    reviewedOn: spring,
    ...c,
  });
  const out: ContactInput[] = [
    line({ category: 'superior', unit: '市应急管理局', post: '总值班室', dutyPhone: '0812-3330110' }),
    line({ category: 'superior', unit: '市委总值班室', dutyPhone: '0812-3330001' }),
    line({ category: 'superior', unit: '市政府总值班室', dutyPhone: '0812-3330002' }),
    line({
      category: 'county_leader',
      unit: '县人民政府',
      person: '张立军',
      post: '副县长（分管应急）',
      mobile: '13900000001',
      callList: true,
    }),
    line({
      category: 'county_leader',
      unit: '县委',
      person: '李红',
      post: '县委常委',
      mobile: '13900000002',
    }),
    line({ category: 'department', unit: '县委总值班室', dutyPhone: '0812-5550001' }),
    line({ category: 'department', unit: '县政府总值班室', dutyPhone: '0812-5550002' }),
    line({ category: 'department', unit: '县委宣传部', post: '新闻科', dutyPhone: '0812-5550003' }),
    line({
      category: 'department',
      unit: '县水利局',
      post: '防汛值班室',
      dutyPhone: '0812-5552200',
      callList: true,
    }),
    line({
      category: 'department',
      unit: '县自然资源局',
      post: '地灾值班室',
      dutyPhone: '0812-5552300',
      callList: true,
    }),
    line({ category: 'department', unit: '县气象局', post: '预报值班室', dutyPhone: '0812-5552400' }),
    line({ category: 'department', unit: '县卫生健康局', dutyPhone: '0812-5552500' }),
    line({ category: 'department', unit: '县公安局', post: '指挥中心', dutyPhone: '0812-5552600' }),
    line({ category: 'team', unit: '县消防救援大队', post: '值班室', dutyPhone: '0812-5550119' }),
    line({ category: 'team', unit: '县森林消防专业队', post: '队长', person: '王勇', mobile: '13900000119' }),
    line({
      category: 'enterprise',
      unit: '青岚化工有限公司',
      post: '安全总监',
      person: '周斌',
      mobile: '13900000301',
      reviewedOn: stale,
    }),
    line({
      category: 'enterprise',
      unit: '县城北加油站',
      post: '站长',
      person: '吴芳',
      mobile: '13900000302',
      reviewedOn: stale,
    }),
  ];
  towns.forEach((t, i) => {
    const n = String(i + 1).padStart(2, '0');
    out.push(
      line({
        category: 'town',
        unit: `${t.name}人民政府`,
        post: '应急值班室',
        dutyPhone: `0812-55611${n}`,
        townCode: t.code,
      }),
      line({
        category: 'town',
        unit: `${t.name}人民政府`,
        person: `${t.name.slice(0, 1)}书记`,
        post: '党委书记',
        mobile: `139000011${n}`,
        townCode: t.code,
        callList: true,
      }),
    );
  });
  return out;
}

/** Writes the demo's 通讯录 inside the caller's transaction. */
export function loadContacts(ctx: WriteCtx, towns: DemoTown[], now: Date): number {
  const at = ctx.nowIso();
  const lines = demoContacts(towns, now);
  for (const c of lines) insertContact(ctx.db, newId('con'), c, at);
  return lines.length;
}
