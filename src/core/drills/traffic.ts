import { DomainError } from '../errors';
import type { ReadDb, WriteDb } from '../db/handles';
import { stmt } from '../db/sql';
import { drillRow } from './repo';

/**
 * Exercise traffic (演练): what the room logs under a running drill carries the drill's
 * id, so real statistics, boards and exports leave it out (incidents/repo.ts trafficSql)
 * and the drill's timeline counts it. Only a drill that is running takes traffic.
 */
export function assertDrillRunning(db: ReadDb, drillId: string): void {
  const row = drillRow(db, drillId);
  if (!row) throw new DomainError('not_found', 'errors.drill_missing');
  if (row.state !== 'started')
    throw new DomainError('conflict', 'errors.drill_state', { state: row.state, action: 'log' });
}

export function markDrillTraffic(db: WriteDb, incidentId: string, drillId: string): void {
  stmt(db, `UPDATE incidents SET drill_id = ? WHERE id = ?`).run(drillId, incidentId);
}
