import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * CAP 1.2 (OASIS, ITU-T X.1303) alerts: a small writer and a reader on a maintained XML
 * parser (fast-xml-parser), entity expansion off and any DOCTYPE refused, so external
 * entities (XXE) and entity bombs (billion laughs) never reach the parser's expansion.
 * Pure: no storage, no clock; src/core maps warnings to and from these.
 */
export const CAP_NS = 'urn:oasis:names:tc:emergency:cap:1.2';

export const CAP_STATUSES = ['Actual', 'Exercise', 'System', 'Test', 'Draft'] as const;
export const CAP_MSG_TYPES = ['Alert', 'Update', 'Cancel', 'Ack', 'Error'] as const;
export type CapStatus = (typeof CAP_STATUSES)[number];
export type CapMsgType = (typeof CAP_MSG_TYPES)[number];

export interface CapValue {
  valueName: string;
  value: string;
}

export interface CapArea {
  areaDesc: string;
  /** Each polygon as CAP writes it: "lat,lon lat,lon …", closed. */
  polygon: string[];
  geocode: CapValue[];
}

export interface CapInfo {
  language: string;
  category: string[];
  event: string;
  urgency: string;
  severity: string;
  certainty: string;
  eventCode: CapValue[];
  effective?: string;
  onset?: string;
  expires?: string;
  senderName?: string;
  headline?: string;
  description?: string;
  instruction?: string;
  parameter: CapValue[];
  area: CapArea[];
}

export interface CapAlert {
  identifier: string;
  sender: string;
  sent: string;
  status: CapStatus;
  msgType: CapMsgType;
  scope: 'Public' | 'Restricted' | 'Private';
  addresses?: string;
  note?: string;
  /** "sender,identifier,sent" of each earlier message it refers to. */
  references: string[];
  info: CapInfo[];
}

/** Why a file was refused: a message the user reads (src/common/i18n/warnings-messages.ts). */
export type CapErrorKey =
  | 'errors.cap_too_large'
  | 'errors.cap_doctype'
  | 'errors.cap_malformed'
  | 'errors.cap_not_alert'
  | 'errors.cap_namespace'
  | 'errors.cap_missing'
  | 'errors.cap_value';

export class CapError extends Error {
  constructor(
    readonly key: CapErrorKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

/** A file larger than this is not a warning. */
export const CAP_MAX_BYTES = 1_000_000;

const values = (list: CapValue[]) => list.map((v) => ({ valueName: v.valueName, value: v.value }));

function infoNode(i: CapInfo): Record<string, unknown> {
  // CAP's element order is fixed by its schema; undefined elements are left out.
  return {
    language: i.language,
    category: i.category,
    event: i.event,
    urgency: i.urgency,
    severity: i.severity,
    certainty: i.certainty,
    eventCode: values(i.eventCode),
    effective: i.effective,
    onset: i.onset,
    expires: i.expires,
    senderName: i.senderName,
    headline: i.headline,
    description: i.description,
    instruction: i.instruction,
    parameter: values(i.parameter),
    area: i.area.map((a) => ({ areaDesc: a.areaDesc, polygon: a.polygon, geocode: values(a.geocode) })),
  };
}

export function writeAlert(a: CapAlert): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    processEntities: true,
  });
  const body = builder.build({
    alert: {
      '@_xmlns': CAP_NS,
      identifier: a.identifier,
      sender: a.sender,
      sent: a.sent,
      status: a.status,
      msgType: a.msgType,
      scope: a.scope,
      addresses: a.addresses,
      note: a.note,
      references: a.references.length ? a.references.join(' ') : undefined,
      info: a.info.map(infoNode),
    },
  }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}

const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/**
 * XML's five predefined entities and character references, decoded in one pass (so
 * `&amp;lt;` stays `&lt;`); any other `&name;` is left as written, never expanded.
 */
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const cp = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
    }
    return PREDEFINED[ref] ?? whole;
  });
}
const text = (v: unknown): string | undefined =>
  v === undefined || v === null ? undefined : typeof v === 'object' ? undefined : decode(String(v)).trim();

function pairs(v: unknown): CapValue[] {
  return asList(v as Record<string, unknown> | Record<string, unknown>[]).flatMap((p) => {
    const valueName = text(p?.['valueName']);
    const value = text(p?.['value']);
    return valueName !== undefined && value !== undefined ? [{ valueName, value }] : [];
  });
}

function required(node: Record<string, unknown>, field: string): string {
  const v = text(node[field]);
  if (!v) throw new CapError('errors.cap_missing', { field });
  return v;
}

function oneOf<T extends string>(v: string, list: readonly T[], field: string): T {
  if (!(list as readonly string[]).includes(v))
    throw new CapError('errors.cap_value', { field, value: v.slice(0, 40) });
  return v as T;
}

/** The tree with the root's namespace prefix taken off element names. */
function unprefixed(node: unknown, prefix: string): unknown {
  if (Array.isArray(node)) return node.map((n) => unprefixed(n, prefix));
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [
      prefix && k.startsWith(`${prefix}:`) ? k.slice(prefix.length + 1) : k,
      unprefixed(v, prefix),
    ]),
  );
}

/**
 * Reads one CAP 1.2 alert. Refuses, with the reason as a message key: a file too large,
 * anything with a DOCTYPE (where entity declarations live), XML that is not well formed,
 * a root that is not a CAP 1.2 `alert`, a missing or unknown required value.
 */
export function readAlert(xml: string): CapAlert {
  if (xml.length > CAP_MAX_BYTES) throw new CapError('errors.cap_too_large', { max: CAP_MAX_BYTES });
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new CapError('errors.cap_doctype');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new CapError('errors.cap_malformed', { line: valid.err.line });
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const doc = parser.parse(xml) as Record<string, unknown>;
  // The root may carry a prefix (cap:alert): its namespace is the one that prefix declares.
  const rootKey = Object.keys(doc).find((k) => k === 'alert' || k.endsWith(':alert'));
  const root = rootKey ? (doc[rootKey] as Record<string, unknown>) : undefined;
  if (!rootKey || !root || typeof root !== 'object') throw new CapError('errors.cap_not_alert');
  const prefix = rootKey.includes(':') ? rootKey.slice(0, rootKey.indexOf(':')) : '';
  const ns = root[prefix ? `@_xmlns:${prefix}` : '@_xmlns'];
  if (ns !== CAP_NS) throw new CapError('errors.cap_namespace', { ns: String(ns ?? '').slice(0, 80) });
  const alert = unprefixed(root, prefix) as Record<string, unknown>;
  return {
    identifier: required(alert, 'identifier'),
    sender: required(alert, 'sender'),
    sent: required(alert, 'sent'),
    status: oneOf(required(alert, 'status'), CAP_STATUSES, 'status'),
    msgType: oneOf(required(alert, 'msgType'), CAP_MSG_TYPES, 'msgType'),
    scope: oneOf(required(alert, 'scope'), ['Public', 'Restricted', 'Private'] as const, 'scope'),
    addresses: text(alert['addresses']),
    note: text(alert['note']),
    references: (text(alert['references']) ?? '').split(/\s+/).filter(Boolean),
    info: asList(alert['info'] as Record<string, unknown> | Record<string, unknown>[]).map((i) => ({
      language: text(i['language']) ?? 'en-US',
      category: asList(i['category'])
        .map((c) => text(c) ?? '')
        .filter(Boolean),
      event: required(i, 'event'),
      urgency: required(i, 'urgency'),
      severity: required(i, 'severity'),
      certainty: required(i, 'certainty'),
      eventCode: pairs(i['eventCode']),
      effective: text(i['effective']),
      onset: text(i['onset']),
      expires: text(i['expires']),
      senderName: text(i['senderName']),
      headline: text(i['headline']),
      description: text(i['description']),
      instruction: text(i['instruction']),
      parameter: pairs(i['parameter']),
      area: asList(i['area'] as Record<string, unknown> | Record<string, unknown>[]).map((a) => ({
        areaDesc: required(a, 'areaDesc'),
        polygon: asList(a['polygon'])
          .map((p) => text(p) ?? '')
          .filter(Boolean),
        geocode: pairs(a['geocode']),
      })),
    })),
  };
}
