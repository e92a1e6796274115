/**
 * GB/T 35965.1-2018 identifiers: `ZZZZZZDDDUUUXX_YYYYMMDDhhmmss_N`, the sender code (the
 * 6-digit GB/T 2260 division, a 3-digit industry code, `000`, `00`), the sending time in
 * Beijing time to the second, and a running number within that second.
 */
export const CAP_IDENTIFIER_RE = /^[0-9]{6}[0-9]{3}[0-9]{3}[0-9]{2}_[0-9]{14}_[0-9]+$/;

const BEIJING_MS = 8 * 3_600_000;

/** The sender code of a county bureau: its division code, its industry code, 000, 00. */
export function senderCode(countyCode: string, industryCode: string): string {
  if (!/^[0-9]{6}$/.test(countyCode) || !/^[0-9]{3}$/.test(industryCode))
    throw new Error(`bad sender parts ${countyCode}/${industryCode}`);
  return `${countyCode}${industryCode}00000`;
}

/** YYYYMMDDhhmmss in Beijing time (the standard's clock, whatever the room's zone). */
export function beijingStamp(instant: Date): string {
  return new Date(instant.getTime() + BEIJING_MS).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export function capIdentifier(sender: string, instant: Date, n: number): string {
  return `${sender}_${beijingStamp(instant)}_${n}`;
}

/** An ISO instant as CAP writes it, in Beijing time with its offset: 2026-07-02T09:05:00+08:00. */
export function capTime(iso: string): string {
  return `${new Date(Date.parse(iso) + BEIJING_MS).toISOString().slice(0, 19)}+08:00`;
}
