import { DRILL_STATES, isSealedMode, type DrillState } from '../../common/domain/drills';
import type { DrillInput } from '../../common/contract/drills';
import { localDate } from '../../common/time/zone';
import type { Actor } from '../actor';
import { newId } from '../auth/secrets';
import { DomainError } from '../errors';
import type { ReadDb, WriteDb } from '../db/handles';
import { authorOf } from '../incidents/service';
import { getOperatorRow } from '../operators/repo';
import { readSettings } from '../settings/repo';
import {
  appendDrillEvent,
  campaignRow,
  domainRow,
  drillRow,
  insertDrill,
  nextDrillNumber,
  replaceScript,
  setControllers,
  updateDrill,
} from './repo';
import type { DrillRow } from './rows';
import { isController } from './views';

/** A drill the caller may act on as its controller (导调); in-process code acts freely. */
export function controlledDrill(db: ReadDb, actor: Actor, id: string): DrillRow {
  const row = drillRow(db, id);
  if (!row) throw new DomainError('not_found', 'errors.drill_missing');
  if (actor.kind !== 'system' && !isController(db, actor, id))
    throw new DomainError('forbidden', 'errors.drill_controller_only');
  return row;
}

function checkPlace(db: ReadDb, input: DrillInput): void {
  if (input.domainId) {
    const d = domainRow(db, input.domainId);
    if (!d || d.campaign_id !== input.campaignId)
      throw new DomainError('invalid_input', 'errors.campaign_domain_missing');
  } else if (input.campaignId && !campaignRow(db, input.campaignId)) {
    throw new DomainError('not_found', 'errors.campaign_missing');
  }
  if (new Set(input.planIds).size !== input.planIds.length)
    throw new DomainError('invalid_input', 'errors.drill_plan_twice');
  for (const op of input.controllerIds) {
    const r = getOperatorRow(db, op);
    if (!r || !r.active)
      throw new DomainError('invalid_input', 'errors.drill_controller_unknown', { id: op });
  }
}

/**
 * Registers or changes a planned drill. Only its controllers change it; a sealed one
 * is registered by a controller, so whoever writes its scenario is among those who may
 * read it.
 */
export function saveDrill(
  db: WriteDb,
  actor: Actor,
  input: DrillInput,
  at: string,
): { id: string; before: DrillRow | null } {
  checkPlace(db, input);
  const controllers = [...new Set(input.controllerIds)];
  if (isSealedMode(input.announce) && actor.kind === 'operator' && !controllers.includes(actor.operatorId))
    throw new DomainError('invalid_input', 'errors.drill_creator_controller');
  const fields = {
    campaign_id: input.campaignId,
    domain_id: input.domainId,
    title: input.title.trim(),
    form: input.form,
    content: input.content,
    purpose: input.purpose,
    announce: input.announce,
    scheduled_at: input.scheduledAt,
    place: input.place.trim(),
    scenario: input.scenario,
    plan_ids_json: JSON.stringify(input.planIds),
    units_json: JSON.stringify(input.units.map((u) => u.trim())),
    updated_at: at,
  };
  if (input.id) {
    const before = controlledDrill(db, actor, input.id);
    if (before.state !== 'planned')
      throw new DomainError('conflict', 'errors.drill_state', { state: before.state, action: 'edit' });
    updateDrill(db, { ...before, ...fields });
    setControllers(db, input.id, controllers);
    if (input.script) replaceScript(db, input.id, input.script, at, () => newId('inj'));
    return { id: input.id, before };
  }
  const id = newId('drill');
  const year = localDate(new Date(at), readSettings(db).timeZone).slice(0, 4);
  insertDrill(db, {
    id,
    number: nextDrillNumber(db, year),
    ...fields,
    state: 'planned',
    started_at: null,
    ended_at: null,
    created_at: at,
  });
  setControllers(db, id, controllers);
  replaceScript(db, id, input.script ?? [], at, () => newId('inj'));
  return { id, before: null };
}

/** The next state of each, as the drill moves on (one step at a time). */
const NEXT: Record<DrillState, DrillState | null> = {
  planned: 'started',
  started: 'ended',
  ended: 'evaluating',
  evaluating: 'evaluated',
  evaluated: 'rectifying',
  rectifying: 'closed',
  closed: null,
};

/** Which action a refusal names when a drill cannot move to a state. */
const ACTION_OF: Record<DrillState, 'start' | 'end' | 'evaluate' | 'edit'> = {
  planned: 'edit',
  started: 'start',
  ended: 'end',
  evaluating: 'evaluate',
  evaluated: 'evaluate',
  rectifying: 'evaluate',
  closed: 'evaluate',
};

/**
 * Moves a drill to its next state and records it on the drill's timeline. Exported for
 * evaluation and 整改 (ended → evaluating → evaluated → rectifying → closed): they
 * drive the later states, this area the first ones. `evaluated → closed` is allowed
 * directly when an evaluation found nothing to rectify.
 */
export function setDrillState(
  db: WriteDb,
  actor: Actor,
  drillId: string,
  to: DrillState,
  at: string,
): DrillRow {
  const row = drillRow(db, drillId);
  if (!row) throw new DomainError('not_found', 'errors.drill_missing');
  const allowed = NEXT[row.state] === to || (row.state === 'evaluated' && to === 'closed');
  if (!allowed || !DRILL_STATES.includes(to))
    throw new DomainError('conflict', 'errors.drill_state', { state: row.state, action: ACTION_OF[to] });
  const next: DrillRow = {
    ...row,
    state: to,
    started_at: to === 'started' ? at : row.started_at,
    ended_at: to === 'ended' ? at : row.ended_at,
    updated_at: at,
  };
  updateDrill(db, next);
  const author = authorOf(actor);
  appendDrillEvent(db, {
    drill_id: drillId,
    kind: 'state',
    at,
    author_id: author.id,
    author_name: author.name,
    data_json: JSON.stringify({ from: row.state, to }),
  });
  return next;
}
