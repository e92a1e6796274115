import type { EquipmentInput } from '../../common/contract/equipment';
import type { CheckValue } from '../../common/domain/equipment';
import { periodContaining } from '../../common/equipment/due';
import type { Actor } from '../actor';
import { newId } from '../auth/secrets';
import type { WriteCtx } from '../handler';
import { insertEquipment, setStatus, zoneRules } from '../equipment/repo';
import { recordCheck } from '../equipment/checks';
import { updateFault } from '../equipment/faults';
import { ensureTemplate } from '../equipment/templates';
import { EQUIPMENT_KINDS } from '../../common/domain/equipment';
import { DEMO_AREA_CODE } from './county';
import { between, seeded } from './random';
import type { DemoPerson } from './history';

/**
 * The demo county's communication equipment with ~90 days of checks: nearly every
 * period checked (a few missed), a handful of failures whose faults were fixed and
 * closed by a passing re-check, one fault still open and past its deadline, two items
 * overdue for their check, and this shift's daily checks still to do (so the check
 * round has work). Deterministic for a seed and anchor time, like the rest of the demo.
 */
type Demo = Omit<EquipmentInput, 'point' | 'notes' | 'status'> & {
  point?: [number, number];
  /** Days before the anchor after which nobody checked it (an overdue item). */
  lastCheckDaysAgo?: number;
};

const ROOM: [number, number] = [111.5123, 27.4012];

const ITEMS: Demo[] = [
  {
    kind: 'satellite_phone',
    name: '卫星电话（值班室）',
    model: '天通 T900',
    serial: '1740-0001',
    location: '值班室',
    custodianA: '张伟',
    custodianB: '杨静',
    interval: { kind: 'daily' },
    handover: true,
  },
  {
    kind: 'satellite_phone',
    name: '卫星电话（通信车）',
    model: '天通 T900',
    serial: '1740-0002',
    location: '应急通信车',
    custodianA: '黄磊',
    custodianB: '吴敏',
    interval: { kind: 'weekly' },
    handover: false,
  },
  {
    kind: 'radio',
    name: '对讲机 1 号',
    model: '海能达 PD780',
    serial: 'PD780-01',
    location: '值班室',
    custodianA: '张伟',
    custodianB: '杨静',
    interval: { kind: 'daily' },
    handover: true,
  },
  {
    kind: 'radio',
    name: '对讲机 2 号',
    model: '海能达 PD780',
    serial: 'PD780-02',
    location: '值班室',
    custodianA: '张伟',
    custodianB: '杨静',
    interval: { kind: 'daily' },
    handover: true,
  },
  {
    kind: 'radio',
    name: '对讲机 3 号',
    model: '海能达 PD780',
    serial: 'PD780-03',
    location: '值班室',
    custodianA: '黄磊',
    custodianB: '吴敏',
    interval: { kind: 'daily' },
    handover: true,
  },
  {
    kind: 'radio',
    name: '对讲机 4 号',
    model: '海能达 PD780',
    serial: 'PD780-04',
    location: '值班室',
    custodianA: '黄磊',
    custodianB: '吴敏',
    interval: { kind: 'daily' },
    handover: true,
  },
  {
    kind: 'phone_fax',
    name: `值班电话 ${DEMO_AREA_CODE}-5550110`,
    model: '华为 eSpace',
    serial: `${DEMO_AREA_CODE}-5550110`,
    location: '值班室',
    custodianA: '张伟',
    custodianB: '杨静',
    interval: { kind: 'daily' },
    handover: false,
  },
  {
    kind: 'phone_fax',
    name: '值班传真机',
    model: '兄弟 FAX-2890',
    serial: 'FAX-2890-01',
    location: '值班室',
    custodianA: '张伟',
    custodianB: '杨静',
    interval: { kind: 'daily' },
    handover: false,
  },
  {
    kind: 'machine_room',
    name: '应急指挥中心机房',
    model: '',
    serial: 'JF-01',
    location: '局机关三楼',
    custodianA: '孙浩',
    custodianB: '黄磊',
    interval: { kind: 'daily' },
    handover: false,
  },
  {
    kind: 'video_conf',
    name: '视频会议终端（市、省）',
    model: '华为 TE40',
    serial: 'TE40-01',
    location: '指挥大厅',
    custodianA: '孙浩',
    custodianB: '吴敏',
    interval: { kind: 'weekly' },
    handover: false,
  },
  {
    kind: 'base_station',
    name: '应急通信基站（青石镇）',
    model: '中兴 ZXSDR',
    serial: 'JZ-QS-01',
    location: '青石镇政府楼顶',
    point: [111.6012, 27.5688],
    custodianA: '孙浩',
    custodianB: '黄磊',
    interval: { kind: 'weekly' },
    handover: false,
  },
  {
    kind: 'base_station',
    name: '370M 集群基站（县城）',
    model: '鼎桥 DBS',
    serial: 'JZ-XC-01',
    location: '县广电塔',
    point: [111.5061, 27.4105],
    custodianA: '孙浩',
    custodianB: '黄磊',
    interval: { kind: 'weekly' },
    handover: false,
    lastCheckDaysAgo: 17,
  },
  {
    kind: 'comm_vehicle',
    name: '应急通信保障车',
    model: '依维柯 动中通',
    serial: '湘E·A1234',
    location: '局机关车库',
    custodianA: '黄磊',
    custodianB: '孙浩',
    interval: { kind: 'monthly' },
    handover: false,
  },
  {
    kind: 'other',
    name: '北斗短报文终端',
    model: '北斗三号 BD-M3',
    serial: 'BD-0007',
    location: '值班室',
    custodianA: '杨静',
    custodianB: '张伟',
    interval: { kind: 'monthly' },
    handover: false,
    lastCheckDaysAgo: 62,
  },
  {
    kind: 'other',
    name: '值班室钥匙（1 串）',
    model: '',
    serial: 'KEY-01',
    location: '值班室',
    custodianA: '张伟',
    custodianB: '杨静',
    interval: { kind: 'days', days: 7 },
    handover: true,
  },
];

/** Values that pass each default template, with a little natural variation. */
function passing(kind: string, rnd: () => number): Record<string, CheckValue> {
  const battery = () => Math.round(between(rnd, 62, 100));
  switch (kind) {
    case 'satellite_phone':
      return { call: true, battery: battery(), charged: true };
    case 'radio':
      return { channel: true, battery: battery() };
    case 'base_station':
      return { running: true, signal: rnd() < 0.8 ? '良' : '中', backup_power: true };
    case 'machine_room':
      return {
        ups: Math.round(between(rnd, 40, 75)),
        temperature: Math.round(between(rnd, 18, 26)),
        network: true,
        remark: null,
      };
    case 'video_conf':
      return { city: true, province: true, quality: rnd() < 0.85 ? '良' : '中' };
    case 'phone_fax':
      return { phone: true, fax: true };
    case 'comm_vehicle':
      return { engine: true, satellite: true, fuel: Math.round(between(rnd, 60, 95)), generator: true };
    default:
      return { working: true, remark: null };
  }
}

interface Failure {
  serial: string;
  daysAgo: number;
  values: Record<string, CheckValue>;
  /** Hours until fixed and re-checked; null leaves the fault open. */
  fixedAfterH: number | null;
  action: string;
}

const FAILURES: Failure[] = [
  {
    serial: 'PD780-03',
    daysAgo: 71,
    values: { channel: true, battery: 35 },
    fixedAfterH: 30,
    action: '更换备用电池，原电池送修',
  },
  {
    serial: '1740-0002',
    daysAgo: 55,
    values: { call: false, battery: 80, charged: true },
    fixedAfterH: 50,
    action: '天线接口松动，已紧固',
  },
  {
    serial: 'JF-01',
    daysAgo: 40,
    values: { ups: 45, temperature: 31, network: true, remark: '空调停机' },
    fixedAfterH: 9,
    action: '空调压缩机重启，通知物业检修',
  },
  {
    serial: 'TE40-01',
    daysAgo: 20,
    values: { city: true, province: false, quality: '差' },
    fixedAfterH: 70,
    action: '与省厅联调，更换编解码配置',
  },
  {
    serial: 'PD780-04',
    daysAgo: 4,
    values: { channel: false, battery: 70 },
    fixedAfterH: null,
    action: '已送厂家维修，等待返回',
  },
];

export function loadEquipment(
  ctx: WriteCtx,
  people: DemoPerson[],
  anchor: Date,
  seed = 404,
): { equipment: number; checks: number; faults: number } {
  const rnd = seeded(seed);
  const end = anchor.getTime();
  const DAY = 86_400_000;
  const start = end - 90 * DAY;
  const registered = new Date(start - 10 * DAY).toISOString();
  const z = zoneRules(ctx.db);
  const officers = people.filter((p) => p.role === 'duty_officer' || p.role === 'shift_chief');
  for (const k of EQUIPMENT_KINDS) ensureTemplate(ctx.db, k, registered);

  const as = (at: number): WriteCtx => {
    const p = officers[Math.floor((at - start) / DAY) % officers.length] ?? officers[0]!;
    const actor: Actor = { kind: 'operator', operatorId: p.id, name: p.name, role: p.role, tokenHash: '' };
    const entered = Math.min(end, at + 2 * 60_000);
    return { ...ctx, actor, now: () => new Date(entered), nowIso: () => new Date(entered).toISOString() };
  };

  const ids = new Map<string, string>();
  for (const it of ITEMS) {
    const id = newId('eq');
    ids.set(it.serial, id);
    const { lastCheckDaysAgo: _skip, point, ...rest } = it;
    insertEquipment(ctx.db, id, { ...rest, point: point ?? ROOM, status: 'in_use', notes: '' }, registered);
  }

  // Plan: one check per period, at a plausible time inside it; failures fall on their day.
  const planned: {
    at: number;
    serial: string;
    kind: string;
    values?: Record<string, CheckValue>;
    failure?: Failure;
  }[] = [];
  const currentShift = periodContaining('daily', anchor, z);
  for (const it of ITEMS) {
    const stopAt = it.lastCheckDaysAgo ? end - it.lastCheckDaysAgo * DAY : end;
    let t = start;
    while (t < end) {
      const iv = it.interval;
      const p =
        iv.kind === 'days'
          ? { start: new Date(t).toISOString(), end: new Date(t + iv.days * DAY).toISOString() }
          : periodContaining(iv.kind, new Date(t), z);
      const ps = new Date(p.start).getTime();
      const span = new Date(p.end).getTime() - ps;
      const offset = iv.kind === 'daily' ? between(rnd, 15, 100) * 60_000 : between(rnd, 0.02, 0.6) * span;
      const at = Math.round(Math.max(ps, start) + offset);
      // This shift's daily checks are left for the shift on duty; a few periods are missed.
      const thisShift = iv.kind === 'daily' && p.start === currentShift.start;
      // Missed checks only further back: the last days are clean, so the overdue items are the scripted ones.
      const missed = rnd() < 0.03 && at < end - 3 * DAY;
      if (at < stopAt - 30 * 60_000 && !thisShift && !missed)
        planned.push({ at, serial: it.serial, kind: it.kind });
      t = new Date(p.end).getTime() + 1;
    }
  }
  for (const f of FAILURES) {
    const it = ITEMS.find((i) => i.serial === f.serial)!;
    const at = end - f.daysAgo * DAY + Math.round(between(rnd, -3, 3) * 3_600_000);
    // The failure replaces the routine check of its period.
    const iv = it.interval;
    const p = iv.kind === 'days' ? null : periodContaining(iv.kind, new Date(at), z);
    for (let i = planned.length - 1; i >= 0; i--) {
      const x = planned[i]!;
      if (
        x.serial === f.serial &&
        p &&
        x.at >= new Date(p.start).getTime() &&
        x.at < new Date(p.end).getTime()
      )
        planned.splice(i, 1);
    }
    planned.push({ at, serial: f.serial, kind: it.kind, values: f.values, failure: f });
    if (f.fixedAfterH === null) {
      // Nothing more is checked while it is away for repair.
      for (let i = planned.length - 1; i >= 0; i--) {
        const x = planned[i]!;
        if (x.serial === f.serial && x.at > at) planned.splice(i, 1);
      }
    } else {
      // Routine checks while it is being fixed would close the fault early: the re-check does.
      const fixedAt = at + f.fixedAfterH * 3_600_000;
      for (let i = planned.length - 1; i >= 0; i--) {
        const x = planned[i]!;
        if (x.serial === f.serial && x.at > at && x.at <= fixedAt && !x.failure) planned.splice(i, 1);
      }
      planned.push({ at: fixedAt, serial: f.serial, kind: it.kind });
    }
  }
  planned.sort((a, b) => a.at - b.at);

  let checks = 0;
  let faults = 0;
  let n = 0;
  for (const c of planned) {
    if (c.at >= end) continue;
    const cctx = as(c.at);
    const values = c.values ?? passing(c.kind, rnd);
    const out = recordCheck(cctx, {
      clientKey: `demo_ck_${String(++n).padStart(6, '0')}`,
      equipmentId: ids.get(c.serial)!,
      templateVersion: 1,
      checkedAt: new Date(c.at).toISOString(),
      results: Object.entries(values).map(([key, value]) => ({ key, value })),
      notes: '',
    });
    checks++;
    if (out.faultOpened && c.failure) {
      faults++;
      const f = c.failure;
      const later = Math.min(end - 60_000, c.at + 3 * 3_600_000);
      updateFault(as(later), {
        id: out.faultOpened,
        clientKey: `demo_fa_${String(n).padStart(6, '0')}`,
        status: 'in_progress',
        reportedTo: '局办公室（装备科）',
        action: f.action,
      });
      if (f.fixedAfterH !== null) {
        const repaired = c.at + (f.fixedAfterH - 1) * 3_600_000;
        updateFault(as(repaired), {
          id: out.faultOpened,
          clientKey: `demo_fb_${String(n).padStart(6, '0')}`,
          status: 'repaired',
        });
      } else {
        setStatus(ctx.db, ids.get(c.serial)!, 'repair', new Date(later).toISOString());
      }
    }
  }
  ctx.emit('equipment.changed');
  ctx.emit('checks.changed');
  ctx.emit('faults.changed');
  return { equipment: ITEMS.length, checks, faults };
}
