import type { WarningResponseStep, WarningView } from '../contract/warnings';
import { RESPONSE_LEVELS, type ResponseLevel } from '../domain/plans';
import {
  WARNING_HAZARDS,
  WARNING_LEVELS,
  type WarningHazard,
  type WarningLevel,
  type WarningSource,
} from '../domain/warnings';
import type { CapAlert, CapInfo, CapStatus } from './alert';
import { CapError } from './alert';
import { capTime } from './identifier';

/**
 * The GB/T 35965.1 profile of CAP for the room's warnings: what each field of a warning
 * becomes in an alert and back. Codes the standard leaves to the profile travel as
 * `eventCode` / `parameter` pairs under our own names, so a warning written here reads
 * back field for field; an alert from elsewhere falls back on CAP's own fields.
 */
const CATEGORY: Record<WarningSource, string> = {
  weather: 'Met',
  water: 'Env',
  natural_resources: 'Geo',
  forestry: 'Fire',
  health: 'Health',
  other: 'Other',
};
const SEVERITY: Record<WarningLevel, string> = { I: 'Extreme', II: 'Severe', III: 'Moderate', IV: 'Minor' };
const URGENCY: Record<WarningLevel, string> = {
  I: 'Immediate',
  II: 'Immediate',
  III: 'Expected',
  IV: 'Future',
};
/** GB/T 2260 division codes name the towns (geocode). */
export const GEOCODE_NAME = 'GB/T 2260';
const HAZARD_CODE = 'hazard';
const LEVEL_PARAM = 'level';
const REF_PARAM = 'issuerRef';
/**
 * 预警响应 travels as four more parameters of the info block: the level and plan of the
 * response last started under the warning, when it started and, once ended, when.
 */
const RESPONSE_PARAMS = {
  level: 'responseLevel',
  plan: 'responsePlan',
  started: 'responseStarted',
  ended: 'responseEnded',
} as const;

/** The 预警响应 a warning carries in CAP: the last one started, at its last level, ended or not. */
export interface AlertResponse {
  level: ResponseLevel;
  planName: string;
  startedAt: string;
  endedAt: string | null;
}

/** The last response of a warning's decisions (启动 → 调整… → 终止), or null if none was started. */
export function lastResponse(steps: readonly WarningResponseStep[]): AlertResponse | null {
  return steps.reduce<AlertResponse | null>((r, s) => {
    if (s.action === 'start' && s.level)
      return { level: s.level, planName: s.planName, startedAt: s.at, endedAt: null };
    if (r && s.action === 'adjust' && s.level) return { ...r, level: s.level, planName: s.planName };
    if (r && s.action === 'end') return { ...r, endedAt: s.at };
    return r;
  }, null);
}

function responseParams(r: AlertResponse | null): { valueName: string; value: string }[] {
  if (!r) return [];
  return [
    { valueName: RESPONSE_PARAMS.level, value: r.level },
    { valueName: RESPONSE_PARAMS.plan, value: r.planName },
    { valueName: RESPONSE_PARAMS.started, value: capTime(r.startedAt) },
    ...(r.endedAt ? [{ valueName: RESPONSE_PARAMS.ended, value: capTime(r.endedAt) }] : []),
  ];
}

/** "sender,identifier,sent" as CAP references an earlier message. */
export const referenceOf = (a: Pick<CapAlert, 'sender' | 'identifier' | 'sent'>) =>
  `${a.sender},${a.identifier},${a.sent}`;

/** The sender part of a GB/T 35965.1 identifier (its first 14 digits). */
export const senderOf = (identifier: string) => identifier.split('_')[0] ?? identifier;

/** CAP's "lat,lon" pairs from our [lon, lat] points. */
const polygonText = (p: [number, number][]) => p.map(([lon, lat]) => `${lat},${lon}`).join(' ');

export function warningAlert(
  w: WarningView,
  o: { hazardLabel: string; previous?: Pick<CapAlert, 'sender' | 'identifier' | 'sent'> | null },
): CapAlert {
  const status: CapStatus = w.drillId ? 'Exercise' : 'Actual';
  const info: CapInfo = {
    language: 'zh-CN',
    category: [CATEGORY[w.source]],
    event: o.hazardLabel,
    urgency: URGENCY[w.level],
    severity: SEVERITY[w.level],
    certainty: 'Likely',
    eventCode: [{ valueName: HAZARD_CODE, value: w.hazard }],
    effective: w.effectiveAt ? capTime(w.effectiveAt) : undefined,
    onset: w.onsetAt ? capTime(w.onsetAt) : undefined,
    expires: w.expiresAt ? capTime(w.expiresAt) : undefined,
    senderName: w.issuer,
    headline: w.headline,
    description: w.body || undefined,
    parameter: [
      { valueName: LEVEL_PARAM, value: w.level },
      ...(w.issuerRef ? [{ valueName: REF_PARAM, value: w.issuerRef }] : []),
      ...responseParams(lastResponse(w.responseSteps)),
    ],
    area: [
      {
        areaDesc: w.towns.map((t) => t.name).join('、'),
        polygon: w.polygon ? [polygonText(w.polygon)] : [],
        geocode: w.towns.map((t) => ({ valueName: GEOCODE_NAME, value: t.code })),
      },
    ],
  };
  return {
    identifier: w.capIdentifier,
    sender: senderOf(w.capIdentifier),
    sent: capTime(w.receivedAt),
    status,
    // A 解除 is a message of its own (Cancel, referring to this one); the warning is its Alert or Update.
    msgType: o.previous ? 'Update' : 'Alert',
    scope: 'Public',
    references: o.previous ? [referenceOf(o.previous)] : [],
    info: [info],
  };
}

/** What an alert says of a warning, in the room's terms (times as ISO instants). */
export interface AlertWarning {
  source: WarningSource;
  issuer: string;
  issuerRef: string;
  hazard: WarningHazard;
  level: WarningLevel;
  headline: string;
  body: string;
  towns: string[];
  polygon: [number, number][] | null;
  effectiveAt: string | null;
  onsetAt: string | null;
  expiresAt: string | null;
  sentAt: string;
  /** The sender's 预警响应 under the warning, if it says one (ours: `responseLevel`…). */
  response: AlertResponse | null;
}

const iso = (s: string | undefined, field: string): string | null => {
  if (!s) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t) || !/[+-]\d{2}:\d{2}$|Z$/.test(s))
    throw new CapError('errors.cap_value', { field, value: s.slice(0, 40) });
  return new Date(t).toISOString();
};

function parsePolygon(text: string): [number, number][] {
  const points = text.split(/\s+/).map((pair) => {
    const [lat, lon] = pair.split(',').map(Number);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat!) > 90 || Math.abs(lon!) > 180)
      throw new CapError('errors.cap_value', { field: 'polygon', value: pair.slice(0, 40) });
    return [lon!, lat!] as [number, number];
  });
  return points;
}

/** The response parameters, all of level, plan and start or none: a half-said response is refused. */
function alertResponse(param: (n: string) => string | undefined): AlertResponse | null {
  const level = param(RESPONSE_PARAMS.level);
  const planName = param(RESPONSE_PARAMS.plan);
  const started = param(RESPONSE_PARAMS.started);
  const ended = param(RESPONSE_PARAMS.ended);
  if (level === undefined && planName === undefined && started === undefined && ended === undefined)
    return null;
  if (!(RESPONSE_LEVELS as readonly string[]).includes(level ?? ''))
    throw new CapError('errors.cap_value', {
      field: RESPONSE_PARAMS.level,
      value: (level ?? '').slice(0, 40),
    });
  if (!planName?.trim()) throw new CapError('errors.cap_missing', { field: RESPONSE_PARAMS.plan });
  const startedAt = iso(started, RESPONSE_PARAMS.started);
  if (!startedAt) throw new CapError('errors.cap_missing', { field: RESPONSE_PARAMS.started });
  const endedAt = iso(ended, RESPONSE_PARAMS.ended);
  if (endedAt && endedAt < startedAt)
    throw new CapError('errors.cap_value', { field: RESPONSE_PARAMS.ended, value: ended!.slice(0, 40) });
  return { level: level as ResponseLevel, planName: planName.trim(), startedAt, endedAt };
}

/**
 * The warning an alert carries: its first info block. The level comes from our
 * parameter or else CAP's severity, the type from our event code or else the event's
 * name in `hazardOf`, the towns from their GB/T 2260 geocodes.
 */
export function alertWarning(a: CapAlert, hazardOf: (event: string) => WarningHazard | null): AlertWarning {
  const i = a.info[0];
  if (!i) throw new CapError('errors.cap_missing', { field: 'info' });
  const param = (n: string) => i.parameter.find((p) => p.valueName === n)?.value;
  const levelParam = param(LEVEL_PARAM);
  const level = (WARNING_LEVELS as readonly string[]).includes(levelParam ?? '')
    ? (levelParam as WarningLevel)
    : (Object.entries(SEVERITY).find(([, s]) => s === i.severity)?.[0] as WarningLevel | undefined);
  if (!level) throw new CapError('errors.cap_value', { field: 'severity', value: i.severity.slice(0, 40) });
  const code = i.eventCode.find((c) => c.valueName === HAZARD_CODE)?.value ?? '';
  const hazard = (WARNING_HAZARDS as readonly string[]).includes(code)
    ? (code as WarningHazard)
    : (hazardOf(i.event) ?? 'other');
  const source = (Object.entries(CATEGORY).find(([, c]) => i.category.includes(c))?.[0] ??
    'other') as WarningSource;
  const towns = [
    ...new Set(
      i.area.flatMap((ar) => ar.geocode.filter((g) => g.valueName === GEOCODE_NAME).map((g) => g.value)),
    ),
  ];
  const polygon = i.area.flatMap((ar) => ar.polygon)[0];
  return {
    source,
    issuer: i.senderName || a.sender,
    issuerRef: param(REF_PARAM) ?? '',
    hazard,
    level,
    headline: i.headline || i.event,
    body: i.description ?? '',
    towns,
    polygon: polygon ? parsePolygon(polygon) : null,
    effectiveAt: iso(i.effective, 'effective'),
    onsetAt: iso(i.onset, 'onset'),
    expiresAt: iso(i.expires, 'expires'),
    sentAt: iso(a.sent, 'sent')!,
    response: alertResponse(param),
  };
}
