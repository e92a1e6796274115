import type { Role } from '../../common/domain/roles';

// 演示数据: a fictional county. Names are invented; any likeness to a real place is chance.
export const DEMO_COUNTY = {
  countyName: '青岚示范县（演示数据）',
  bureauName: '青岚示范县应急管理局',
};

/**
 * The demo county's telephone area code (长途区号): every landline in the demo data has
 * it, as every landline of one county would.
 */
export const DEMO_AREA_CODE = '0812';

/**
 * A realistic county duty room: leaders on duty, shift chiefs, officers, one admin.
 * Everyone has a PIN (a handover is signed with the signers' PINs): the admin's is 0000,
 * everyone else's is the last four digits of their phone (README, 演示数据).
 */
export const DEMO_OPERATORS: { name: string; role: Role; phone: string; pin?: string }[] = [
  { name: '系统管理员', role: 'admin', phone: `${DEMO_AREA_CODE}-5550100`, pin: '0000' },
  { name: '王建国', role: 'leader', phone: '13800001001', pin: '1001' },
  { name: '李红梅', role: 'leader', phone: '13800001002', pin: '1002' },
  { name: '赵志强', role: 'leader', phone: '13800001003', pin: '1003' },
  { name: '陈立新', role: 'shift_chief', phone: '13800002001', pin: '2001' },
  { name: '刘晓燕', role: 'shift_chief', phone: '13800002002', pin: '2002' },
  { name: '周海涛', role: 'shift_chief', phone: '13800002003', pin: '2003' },
  { name: '张伟', role: 'duty_officer', phone: '13800003001', pin: '3001' },
  { name: '杨静', role: 'duty_officer', phone: '13800003002', pin: '3002' },
  { name: '黄磊', role: 'duty_officer', phone: '13800003003', pin: '3003' },
  { name: '吴敏', role: 'duty_officer', phone: '13800003004', pin: '3004' },
  { name: '孙浩', role: 'duty_officer', phone: '13800003005', pin: '3005' },
  { name: '马丽', role: 'duty_officer', phone: '13800003006', pin: '3006' },
];
