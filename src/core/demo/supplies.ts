import type { StockItem } from '../../common/contract/facilities';
import { localDate } from '../../common/time/zone';
import type { Actor } from '../actor';
import type { WriteCtx } from '../handler';
import { readSettings } from '../settings/repo';
import { newId } from '../auth/secrets';
import { stmt } from '../db/sql';
import { ensureLot, itemByName, post } from '../supplies/ledger';
import { saveAgreement } from '../supplies/agreements';
import { createOrder, dispatchOrder, fileWritten, reconcileOrder } from '../supplies/orders';

export interface DemoDepotStock {
  depotId: string;
  stock: StockItem[];
}

const DAY = 86_400_000;

/**
 * Shelf lives of what expires (days), and for the demo's own sake the lots of some
 * depots that expire soon or have expired: the 临期 reminders a room meets on a
 * normal day (days from now; negative: already past).
 */
const SHELF_DAYS: Record<string, number> = { 矿泉水: 540, 方便食品: 270, 灭火器: 1825 };
const NEAR: Record<string, number[]> = {
  // depot index -> days from now to the older lot's expiry, per item
  方便食品: [12, 75, 200, 160, 25, 140],
  矿泉水: [95, 21, 180, 8, 300, 60],
  灭火器: [400, 700, 900, -6, 1000, 320],
};

/**
 * Receives the demo depots' stock into the ledger: what expires comes in two lots (the
 * older one, about a third, sometimes near its date), the rest in one lot without
 * expiry, dated some months back.
 */
export function receiveDemoStock(ctx: WriteCtx, keeper: Actor, depots: DemoDepotStock[], now: Date): void {
  const tz = readSettings(ctx.db).timeZone;
  const day = (offset: number) => localDate(new Date(now.getTime() + offset * DAY), tz);
  const enteredAt = now.toISOString();
  depots.forEach((d, i) => {
    for (const line of d.stock) {
      const s = { ...line, quantity: line.quantity ?? 0 };
      if (s.quantity <= 0) continue;
      const item = itemByName(ctx.db, s.item, '', s.unit)!;
      const receive = (lotNo: string, expiresOn: string | null, quantity: number, at: Date) => {
        if (quantity <= 0) return;
        const lotId = ensureLot(ctx.db, d.depotId, item.id, lotNo, expiresOn, enteredAt);
        post(ctx.db, keeper, enteredAt, {
          kind: 'receive',
          lotId,
          quantity,
          at: at.toISOString(),
          reason: i < 2 ? '县级年度采购入库' : '县局下拨',
          ref: null,
          drillId: null,
        });
      };
      const shelf = SHELF_DAYS[s.item];
      if (!shelf) {
        receive('', null, s.quantity, new Date(now.getTime() - (200 + 30 * i) * DAY));
        continue;
      }
      const olderExpiry = (NEAR[s.item] ?? [])[i] ?? shelf / 2;
      const older = Math.round(s.quantity / 3);
      const newerExpiry = Math.max(olderExpiry + 120, shelf - 60);
      const stamp = (expiry: number) => day(expiry).replaceAll('-', '').slice(0, 6);
      receive(
        `P${stamp(olderExpiry)}`,
        day(olderExpiry),
        older,
        new Date(now.getTime() - (shelf - olderExpiry) * DAY),
      );
      receive(
        `P${stamp(newerExpiry)}`,
        day(newerExpiry),
        s.quantity - older,
        new Date(now.getTime() - Math.max(5, shelf - newerExpiry) * DAY),
      );
    }
  });
}

/** The demo's agreement enterprises: what they hold or make, hours to deliver, contract (days from now). */
const AGREEMENTS: {
  enterprise: string;
  kind: 'stock' | 'capacity';
  contact: string;
  phone24: string;
  hours: number;
  start: number;
  end: number;
  lines: [string, string, number | null, number | null][];
}[] = [
  {
    enterprise: '青岚县华联超市有限公司',
    kind: 'stock',
    contact: '周建华',
    phone24: '13807450011',
    hours: 12,
    start: -300,
    end: 430,
    lines: [
      ['矿泉水', '箱', 800, null],
      ['方便食品', '箱', 600, null],
    ],
  },
  {
    enterprise: '青岚县粮油贸易有限公司',
    kind: 'stock',
    contact: '何志强',
    phone24: '13807450022',
    hours: 24,
    start: -200,
    end: 530,
    lines: [['方便食品', '箱', 1000, null]],
  },
  {
    enterprise: '青岚县宏达帐篷制品厂',
    kind: 'capacity',
    contact: '谢国庆',
    phone24: '13807450033',
    hours: 48,
    start: -400,
    end: 330,
    lines: [
      ['帐篷', '顶', null, 150],
      ['折叠床', '张', 200, 100],
    ],
  },
  {
    enterprise: '青岚县永兴塑料编织厂',
    kind: 'capacity',
    contact: '罗永兴',
    phone24: '13807450044',
    hours: 24,
    start: -100,
    end: 630,
    lines: [['编织袋', '条', 30000, 20000]],
  },
  // Its contract ends within the month: 到期提醒 says so.
  {
    enterprise: '青岚县温馨家纺有限公司',
    kind: 'stock',
    contact: '唐丽',
    phone24: '13807450055',
    hours: 24,
    start: -345,
    end: 20,
    lines: [
      ['棉被', '床', 1000, null],
      ['雨衣', '件', 500, null],
    ],
  },
];

/**
 * Five agreement enterprises, and one past incident's full 调拨: an oral approval by the
 * county leader, the written order filed the next morning, dispatch from the county store,
 * and the reconciliation after the response (used, returned into the depot, written off).
 */
export function loadDemoAgreementsAndOrder(
  ctx: WriteCtx,
  keeper: Actor,
  now: Date,
): { agreements: number; orders: number } {
  const tz = readSettings(ctx.db).timeZone;
  const day = (offset: number) => localDate(new Date(now.getTime() + offset * DAY), tz);
  const at = now.toISOString();
  const itemId = (name: string, unit: string) => itemByName(ctx.db, name, '', unit)?.id;
  for (const a of AGREEMENTS) {
    const lines = a.lines.flatMap(([name, unit, quantity, capacityPerDay]) => {
      const id = itemId(name, unit);
      return id ? [{ itemId: id, quantity, capacityPerDay }] : [];
    });
    saveAgreement(
      ctx.db,
      newId('agr'),
      {
        enterprise: a.enterprise,
        kind: a.kind,
        contact: a.contact,
        phone24: a.phone24,
        townCode: null,
        address: '',
        hoursToDeliver: a.hours,
        contractStart: day(a.start),
        contractEnd: day(a.end),
        notes: '',
        lines,
      },
      at,
      true,
    );
  }
  // The past incident: the latest closed real flood or landslide more than a week old.
  const incident = stmt<[string], { id: string; received_at: string; title: string; address: string }>(
    ctx.db,
    `SELECT id, received_at, title, address FROM incidents
      WHERE status = 'closed' AND drill_id IS NULL AND subtype IN ('flood','rainstorm','landslide','debris_flow','collapse')
        AND received_at < ? ORDER BY received_at DESC LIMIT 1`,
  ).get(new Date(now.getTime() - 7 * DAY).toISOString());
  const depot = stmt<[], { id: string }>(
    ctx.db,
    `SELECT id FROM depots WHERE name = '县应急物资储备库'`,
  ).get();
  const tent = itemId('帐篷', '顶');
  const quilt = itemId('棉被', '床');
  const water = itemId('矿泉水', '箱');
  if (!incident || !depot || !tent || !quilt || !water) return { agreements: AGREEMENTS.length, orders: 0 };
  const t0 = Date.parse(incident.received_at);
  const when = (hours: number) => new Date(t0 + hours * 3_600_000).toISOString();
  const c = (hours: number) => ({ db: ctx.db, actor: keeper, enteredAt: when(hours) });
  const town = incident.title.replace(/(镇|乡|街道).*$/, '$1');
  const id = createOrder(c(1.5), {
    incidentId: incident.id,
    requestingUnit: `${town}人民政府`,
    requestingContact: '镇应急办',
    requestingPhone: '0812-5551100',
    receivingUnit: `${town}临时安置点`,
    receivingPlace: incident.address || town,
    receivingContact: '安置点负责人',
    receivingPhone: '13807451234',
    sourceDepotId: depot.id,
    sourceAgreementId: null,
    lines: [
      { itemId: tent, quantity: 30 },
      { itemId: quilt, quantity: 120 },
      { itemId: water, quantity: 60 },
    ],
    approval: 'oral',
    approver: '张立军',
    approvedAt: when(1.2),
    documentNo: '',
  });
  dispatchOrder(c(2), id, when(2));
  fileWritten(c(20), id, `青应急调〔${incident.received_at.slice(0, 4)}〕1号`, when(20));
  reconcileOrder(
    c(24 * 5),
    id,
    [
      // Tents came back but four were torn; quilts went to the households; water was drunk.
      { itemId: tent, received: 30, used: 0, returned: 26, writtenOff: 4 },
      { itemId: quilt, received: 120, used: 80, returned: 35, writtenOff: 5 },
      { itemId: water, received: 60, used: 58, returned: 0, writtenOff: 2 },
    ],
    when(24 * 5),
  );
  return { agreements: AGREEMENTS.length, orders: 1 };
}
