import type { StockItem } from '../../common/contract/facilities';
import { localDate } from '../../common/time/zone';
import type { Actor } from '../actor';
import type { WriteCtx } from '../handler';
import { readSettings } from '../settings/repo';
import { ensureLot, itemByName, post } from '../supplies/ledger';

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
    for (const s of d.stock) {
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
      receive(`P${stamp(olderExpiry)}`, day(olderExpiry), older, new Date(now.getTime() - (shelf - olderExpiry) * DAY));
      receive(
        `P${stamp(newerExpiry)}`,
        day(newerExpiry),
        s.quantity - older,
        new Date(now.getTime() - Math.max(5, shelf - newerExpiry) * DAY),
      );
    }
  });
}
