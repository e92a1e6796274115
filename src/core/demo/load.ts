import type { StepsCtx } from '../handler';
import { writeKey } from '../settings/repo';
import { createOperator } from '../operators/handlers';
import { hashPin } from '../auth/secrets';
import { toOperator } from '../operators/repo';
import { insertFeature, insertTown } from '../geo/repo';
import { DEMO_OPERATORS, DEMO_COUNTY } from './county';
import { generateGeography } from './geography';
import { loadHistory, type DemoPerson } from './history';
import { loadEquipment } from './equipment';
import { loadRoster } from './roster';
import { loadFacilities } from './facilities';
import { loadDemoAgreementsAndOrder } from './supplies';
import type { Actor } from '../actor';
import { loadContacts } from './contacts';
import { loadReview } from './review';
import { loadDrills } from './drills';
import { loadPlans, startDemoResponse } from './plans';
import { loadWarnings } from './warnings';
import { loadReleases, loadReleaseTemplates } from './releases';
import { dispatchDemoTeams, loadTeams } from './teams';
import { loadExperts } from './experts';

/**
 * The demo's PINs hashed once per process: thirteen scrypt runs on every demo load would
 * slow the first start and every test that loads the demo. (Fictional people, known PINs.)
 */
const demoHashes = new Map<string, string>();
function demoPinHash(pin: string): string {
  let h = demoHashes.get(pin);
  if (!h) demoHashes.set(pin, (h = hashPin(pin)));
  return h;
}

/**
 * The parts of the demo the first-run screen counts off while it loads: one `part()` after
 * each (a test holds the count to the calls).
 */
export const DEMO_PARTS = 12;

/**
 * Loads the demo county (演示数据) into an empty data directory, inside the caller's
 * transaction: all of it or none. Between its parts the host breathes, so the first-run
 * screen shows how far it is. Later areas add their own parts here.
 */
export async function loadDemo(ctx: StepsCtx): Promise<void> {
  let done = 0;
  const part = async () => {
    ctx.progress(++done, DEMO_PARTS);
    await ctx.breathe();
  };
  writeKey(ctx.db, 'countyName', DEMO_COUNTY.countyName);
  writeKey(ctx.db, 'bureauName', DEMO_COUNTY.bureauName);
  const people: DemoPerson[] = [];
  for (const op of DEMO_OPERATORS) {
    const row = createOperator(ctx, { ...op, ...(op.pin ? { pinHash: demoPinHash(op.pin) } : {}) });
    people.push({ id: row.id, name: row.name, role: row.role });
    ctx.changed('operator', row.id, undefined, toOperator(row));
  }
  await part();
  const geo = generateGeography();
  insertFeature(ctx.db, {
    layer: 'boundary',
    kind: 'county',
    name: DEMO_COUNTY.countyName,
    geometry_json: JSON.stringify({ type: 'Polygon', coordinates: [geo.boundary] }),
  });
  for (const line of geo.lines) {
    insertFeature(ctx.db, {
      layer: line.layer,
      kind: line.kind,
      name: line.name,
      geometry_json: JSON.stringify({ type: 'LineString', coordinates: line.line }),
    });
  }
  for (const t of geo.towns) insertTown(ctx.db, { ...t, boundary: [[t.boundary]] });
  await part();
  const history = loadHistory(ctx, geo.towns, people, ctx.now());
  await part();
  const equipment = loadEquipment(ctx, people, ctx.now());
  await part();
  const roster = loadRoster(ctx, people, ctx.now());
  await part();
  // The depots' stock is received into the supplies ledger by the shift chief on duty.
  const chief = people.find((p) => p.role === 'shift_chief') ?? people[0]!;
  const keeper: Actor = {
    kind: 'operator',
    operatorId: chief.id,
    name: chief.name,
    role: chief.role,
    tokenHash: '',
  };
  const facilities = loadFacilities(ctx, geo.towns, keeper);
  const supplies = loadDemoAgreementsAndOrder(ctx, keeper, ctx.now());
  await part();
  const contacts = loadContacts(ctx, geo.towns, ctx.now());
  await part();
  const drills = loadDrills(ctx, people, ctx.now());
  await part();
  // After the drills: evaluates the ones that have ended.
  const review = loadReview(ctx, ctx.now());
  await part();
  const plans = { ...loadPlans(ctx, ctx.now()), responses: startDemoResponse(ctx) };
  await part();
  const warnings = loadWarnings(ctx, geo.towns, ctx.now());
  // 信息发布: the county's 口径 (entered by the administrator) and one incident's releases.
  const admin = people.find((p) => p.role === 'admin') ?? people[0]!;
  const releaseTemplates = loadReleaseTemplates(
    ctx,
    { kind: 'operator', operatorId: admin.id, name: admin.name, role: admin.role, tokenHash: '' },
    ctx.now(),
  );
  const releases = loadReleases(ctx, people, ctx.now());
  await part();
  const teams = loadTeams(ctx, geo.towns, ctx.now());
  const dispatches = dispatchDemoTeams(ctx);
  const experts = loadExperts(ctx, ctx.now());
  await part();
  ctx.changed('demo', 'county', undefined, {
    towns: geo.towns.length,
    features: geo.lines.length + 1,
    ...history,
    equipment,
    roster,
    ...facilities,
    ...supplies,
    contacts,
    review,
    drills,
    ...plans,
    ...warnings,
    releaseTemplates,
    ...releases,
    teams,
    dispatches,
    ...experts,
  });
  ctx.emit('geo.changed');
  ctx.emit('incidents.changed');
  ctx.emit('logs.changed');
  ctx.emit('facilities.changed');
  ctx.emit('depots.changed');
  ctx.emit('supplies.changed');
  ctx.emit('supplyAgreements.changed');
  ctx.emit('supplyOrders.changed');
  ctx.emit('roster.changed');
  ctx.emit('handover.changed');
  ctx.emit('contacts.changed');
  ctx.emit('evaluations.changed');
  ctx.emit('rectifications.changed');
  ctx.emit('drills.changed');
  ctx.emit('warnings.changed');
  ctx.emit('releases.changed');
  ctx.emit('teams.changed');
  ctx.emit('dispatches.changed');
  ctx.emit('experts.changed');
  ctx.emit('consultations.changed');
}
