import { DEFAULT_WARNING_RULES, type WarningRules } from '../../common/domain/warnings';
import type { ReadDb, WriteDb } from '../db/handles';
import { readKey, writeKey } from '../settings/repo';
import { stmt } from '../db/sql';

const KEY = 'warnings';
/** The industry part of the CAP sender code (GB/T 35965.1); 000 until the county is given its own. */
export const INDUSTRY_CODE = '000';

export function readWarningRules(db: ReadDb): WarningRules {
  return { ...DEFAULT_WARNING_RULES, ...(readKey<Partial<WarningRules>>(db, KEY) ?? {}) };
}

export function writeWarningRules(db: WriteDb, r: WarningRules): WarningRules {
  const out = { ...r, callLevels: [...new Set(r.callLevels)].sort() };
  writeKey(db, KEY, out);
  return out;
}

/**
 * The county's GB/T 2260 code for the CAP sender: the first six digits of its towns'
 * codes (a town's 9- or 12-digit code begins with its county's), 000000 before any town.
 */
export function countyCodeOf(db: ReadDb): string {
  const t = stmt<[], { code: string }>(db, 'SELECT code FROM towns ORDER BY code LIMIT 1').get();
  return t && /^[0-9]{6}/.test(t.code) ? t.code.slice(0, 6) : '000000';
}
