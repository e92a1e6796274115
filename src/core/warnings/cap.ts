import { CapError, readAlert, writeAlert, type CapAlert } from '../../common/cap/alert';
import { capIdentifier, capTime, senderCode } from '../../common/cap/identifier';
import { alertWarning, GEOCODE_NAME, referenceOf, senderOf, warningAlert } from '../../common/cap/warning';
import type { ParsedInputOf } from '../../common/contract';
import { WarningInput, type WarningView } from '../../common/contract/warnings';
import { SEVERITY_OF_GRADE } from '../../common/cap/incident';
import { WARNING_HAZARDS, type WarningHazard } from '../../common/domain/warnings';
import type { Locale } from '../../common/domain/roles';
import { label } from '../../common/i18n/domain-labels';
import type { ReadDb } from '../db/handles';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import type { AreaHandlers, WriteCtx } from '../handler';
import { incidentRow, toSummary } from '../incidents/repo';
import { warningByCapIdentifier, warningRow, warningView } from './repo';
import { cancelWarning, receiveWarning } from './handlers';
import { countyCodeOf, INDUSTRY_CODE } from './settings';

const XML_MIME = 'application/xml';
const file = (a: CapAlert) => ({ fileName: `${a.identifier}.xml`, mime: XML_MIME, xml: writeAlert(a) });

/** The alert a warning travels as, an Update pointing at the warning it replaced. */
export function alertOfWarning(db: ReadDb, w: WarningView, locale: Locale): CapAlert {
  const prev = w.supersedes ? warningRow(db, w.supersedes) : undefined;
  return warningAlert(w, {
    hazardLabel: label(locale, `warningHazard.${w.hazard}`),
    previous: prev
      ? {
          sender: senderOf(prev.cap_identifier),
          identifier: prev.cap_identifier,
          sent: capTime(prev.received_at),
        }
      : null,
  });
}

/** One Ack per recipient that answered, each referring to the warning's alert. */
function ackAlerts(db: ReadDb, w: WarningView, locale: Locale): CapAlert[] {
  const alert = alertOfWarning(db, w, locale);
  const sender = senderCode(countyCodeOf(db), INDUSTRY_CODE);
  return w.recipients
    .filter((r) => r.ack)
    .map((r, i) => ({
      identifier: capIdentifier(sender, new Date(r.ack!.at), i + 1),
      sender,
      sent: capTime(r.ack!.at),
      status: alert.status,
      msgType: 'Ack' as const,
      scope: 'Public' as const,
      // Who answered for whom, how: data of the record, not a sentence.
      note: [
        [r.unit, r.person].filter(Boolean).join(' '),
        r.ack!.by,
        r.ack!.how,
        r.ack!.late ? 'late' : '',
        r.ack!.note,
      ]
        .filter(Boolean)
        .join(' / '),
      references: [referenceOf(alert)],
      info: [],
    }));
}

/** An incident as event information (GB/T 35965.2 uses CAP's frame): what, how grave, where. */
function incidentAlert(db: ReadDb, id: string, locale: Locale): CapAlert {
  const row = incidentRow(db, id);
  if (!row) throw new DomainError('not_found', 'errors.incident_missing');
  const inc = toSummary(row);
  const sender = senderCode(countyCodeOf(db), INDUSTRY_CODE);
  return {
    identifier: capIdentifier(
      sender,
      new Date(inc.receivedAt),
      Number(inc.number.replace(/\D/g, '').slice(-6)) || 1,
    ),
    sender,
    sent: capTime(inc.receivedAt),
    status: inc.drill ? 'Exercise' : 'Actual',
    msgType: 'Alert',
    scope: 'Public',
    note: inc.number,
    references: [],
    info: [
      {
        language: 'zh-CN',
        category: [
          { natural: 'Geo', accident: 'Safety', health: 'Health', social: 'Security' }[inc.category],
        ],
        event: label(locale, `subtype.${inc.subtype}`),
        urgency: 'Immediate',
        severity: SEVERITY_OF_GRADE[inc.grade],
        certainty: 'Observed',
        eventCode: [{ valueName: 'subtype', value: inc.subtype }],
        headline: inc.title,
        parameter: [{ valueName: 'grade', value: inc.grade }],
        area: [
          {
            areaDesc: inc.townName ?? '',
            polygon: [],
            geocode: inc.townCode ? [{ valueName: GEOCODE_NAME, value: inc.townCode }] : [],
          },
        ],
      },
    ],
  };
}

const refused = (e: unknown): never => {
  if (e instanceof CapError) throw new DomainError('invalid_input', e.key, e.params);
  throw e;
};

/** The warning an alert from a file refers to (Update, Cancel): by its identifier. */
function referred(db: ReadDb, a: CapAlert) {
  const ref = a.references[a.references.length - 1];
  const identifier = ref?.split(',')[1];
  const w = identifier ? warningByCapIdentifier(db, identifier) : undefined;
  if (!w) throw new DomainError('invalid_input', 'errors.cap_reference', { ref: (ref ?? '—').slice(0, 120) });
  return w;
}

function hazardOf(event: string): WarningHazard | null {
  return (
    WARNING_HAZARDS.find((k) => k !== 'other' && event.includes(label('zh-CN', `warningHazard.${k}`))) ?? null
  );
}

/** A warning from a CAP file: an Alert is received, an Update replaces, a Cancel lifts. */
export function importAlert(ctx: WriteCtx, input: ParsedInputOf<'cap.import'>) {
  let a: CapAlert;
  try {
    a = readAlert(input.xml);
  } catch (e) {
    return refused(e);
  }
  if (a.msgType === 'Ack' || a.msgType === 'Error')
    throw new DomainError('invalid_input', 'errors.cap_kind', { kind: a.msgType });
  if (a.status !== 'Actual' && a.status !== 'Exercise')
    throw new DomainError('invalid_input', 'errors.cap_status', { status: a.status });
  if (a.status === 'Exercise' && !input.drillId)
    throw new DomainError('invalid_input', 'errors.cap_exercise_needs_drill');
  if (a.status === 'Actual' && input.drillId)
    throw new DomainError('invalid_input', 'errors.cap_actual_in_drill');
  if (a.msgType === 'Cancel') {
    const w = referred(ctx.db, a);
    const reason = (a.note || a.info[0]?.headline || a.identifier).slice(0, 200);
    cancelWarning(ctx, w.id, reason);
    return { warning: warningView(ctx.db, warningRow(ctx.db, w.id)!), replayed: false };
  }
  const known = warningByCapIdentifier(ctx.db, a.identifier);
  if (known && known.client_key !== input.clientKey)
    throw new DomainError('conflict', 'errors.cap_duplicate', { identifier: a.identifier.slice(0, 120) });
  let fields;
  try {
    fields = alertWarning(a, hazardOf);
  } catch (e) {
    return refused(e);
  }
  const towns = new Set(
    stmt<[], { code: string }>(ctx.db, 'SELECT code FROM towns')
      .all()
      .map((t) => t.code),
  );
  const ours = fields.towns.filter((c) => towns.has(c));
  if (ours.length === 0) throw new DomainError('invalid_input', 'errors.cap_no_towns');
  // A response the sender started under its own plan is its decision, not this room's: the
  // file is read whole (a malformed one refused) but no response is recorded here.
  const { sentAt: _sent, response: _response, ...rest } = fields;
  const parsed = WarningInput.safeParse({
    ...rest,
    towns: ours,
    clientKey: input.clientKey,
    receivedAt: ctx.nowIso(),
    channel: 'cap_file',
    updates: a.msgType === 'Update' ? referred(ctx.db, a).id : null,
    drillId: input.drillId ?? null,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError('invalid_input', 'errors.cap_value', {
      field: issue.path.join('.'),
      value: String(issue.message).slice(0, 40),
    });
  }
  if (a.identifier.length > 120)
    throw new DomainError('invalid_input', 'errors.cap_value', {
      field: 'identifier',
      value: a.identifier.slice(0, 40),
    });
  const { warning, replayed } = receiveWarning(ctx, parsed.data, a.identifier);
  return { warning: warningView(ctx.db, warning), replayed };
}

export const capHandlers: Pick<AreaHandlers<'cap'>, 'cap.export' | 'cap.import'> = {
  'cap.export': {
    kind: 'read',
    run(input, ctx) {
      const locale = ctx.locale();
      let alerts: CapAlert[];
      if (input.what === 'incident') alerts = [incidentAlert(ctx.db, input.id, locale)];
      else {
        const row = warningRow(ctx.db, input.id);
        if (!row) throw new DomainError('not_found', 'errors.warning_missing');
        const w = warningView(ctx.db, row);
        alerts =
          input.what === 'warning' ? [alertOfWarning(ctx.db, w, locale)] : ackAlerts(ctx.db, w, locale);
      }
      return { files: alerts.map(file), identifiers: alerts.map((a) => a.identifier) };
    },
  },
  'cap.import': { kind: 'write', run: (input, ctx) => importAlert(ctx, input) },
};
