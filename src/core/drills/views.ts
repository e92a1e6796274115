import { DONE_STATES, isSealedMode } from '../../common/domain/drills';
import type { DrillView } from '../../common/contract/drills';
import type { Actor } from '../actor';
import type { ReadDb } from '../db/handles';
import { controllerIds, controllersWithNames, injectRows } from './repo';
import type { DrillRow } from './rows';

/**
 * Who sees what of a drill (ARCHITECTURE.md §7, sealed records). An unannounced or
 * double-blind drill is sealed before it starts: only its controllers (导调) see its
 * title, date, place, units and scenario; everyone else learns that a sealed drill is
 * registered, its number, campaign domain and state, nothing more. The scenario stays
 * with the controllers until the drill has ended: the room meets it as injects.
 * Decided here, in core, for every output built from a drill row: the UI hides nothing
 * on its own.
 */
export function isController(db: ReadDb, actor: Actor, drillId: string): boolean {
  return actor.kind === 'operator' && controllerIds(db, drillId).includes(actor.operatorId);
}

/** In-process code (the demo loader, migrations of data) sees everything; callers over a transport are operators or walls. */
const trusted = (actor: Actor) => actor.kind === 'system';

export function drillSealedFor(row: DrillRow, controller: boolean, actor: Actor): boolean {
  return !controller && !trusted(actor) && isSealedMode(row.announce) && row.state === 'planned';
}

export function scenarioVisible(row: DrillRow, controller: boolean, actor: Actor): boolean {
  return controller || trusted(actor) || !isSealedMode(row.announce) || DONE_STATES.includes(row.state);
}

export function drillView(db: ReadDb, actor: Actor, row: DrillRow): DrillView {
  const controller = isController(db, actor, row.id);
  const sealed = drillSealedFor(row, controller, actor);
  return {
    id: row.id,
    number: row.number,
    campaignId: row.campaign_id,
    domainId: row.domain_id,
    announce: row.announce,
    state: row.state,
    sealed,
    controller,
    detail: sealed
      ? null
      : {
          title: row.title,
          form: row.form,
          content: row.content,
          purpose: row.purpose,
          scheduledAt: row.scheduled_at,
          place: row.place,
          scenario: scenarioVisible(row, controller, actor) ? row.scenario : null,
          planIds: JSON.parse(row.plan_ids_json) as string[],
          units: JSON.parse(row.units_json) as string[],
          controllers: controllersWithNames(db, row.id),
          // The room meets injects as they arrive: the script ahead is the controllers'.
          injects: injectRows(db, row.id)
            .filter((i) => scenarioVisible(row, controller, actor) || i.sent_at !== null)
            .map((i) => ({
              id: i.id,
              offsetMinutes: i.offset_minutes,
              text: i.text,
              sentAt: i.sent_at,
              sentByName: i.sent_by,
            })),
        },
    startedAt: row.started_at,
    endedAt: row.ended_at,
    createdAt: row.created_at,
  };
}
