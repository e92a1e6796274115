import { z } from '../zod-setup';
import { WARNING_HAZARDS, WARNING_LEVELS } from '../domain/warnings';
import { defineMethod } from './define';
import { id, name, pin, text } from './shared';
import { clientKey } from './incidents';
import { dateStr, shiftKey, ShiftView } from './roster';
import { ENTRY_KINDS, GRADES, INCIDENT_STATUSES, REPORT_STAGES } from '../domain/incidents';
import { EQUIPMENT_KINDS, EQUIPMENT_STATUSES, FAULT_STATUSES } from '../domain/equipment';
import { SHIFT_KINDS } from '../shifts';
import { RESPONSE_LEVELS } from '../domain/plans';

/**
 * The shift handover sheet (交接班记录). `HandoverSheet` is everything the printed sheet
 * shows; once the outgoing chief signs, it is frozen as a snapshot (JSON + SHA-256) and
 * every later view and reprint renders that snapshot, never live data.
 */
const HandoverPerson = z.strictObject({ id: z.string().nullable(), name: z.string(), phone: z.string() });
const Crew = z.strictObject({
  leader: HandoverPerson.nullable(),
  chief: HandoverPerson.nullable(),
  officers: z.array(HandoverPerson),
});

export const BLOCKING_KINDS = ['overdue_report', 'unticked_item', 'overdue_fault'] as const;
/** `report:<incidentId>`, `item:<equipmentId>`, `fault:<faultId>`. */
export const blockingKey = z.string().regex(/^(report|item|fault):[A-Za-z0-9_-]{1,64}$/, 'errors.field.id');

/** A log entry as the sheet lists it. */
const SheetEntry = z.strictObject({
  id: z.string(),
  at: z.string(),
  kind: z.enum(ENTRY_KINDS),
  stage: z.enum(REPORT_STAGES).nullable(),
  summary: z.string(),
  authorName: z.string(),
  incidentId: z.string().nullable(),
  incidentNumber: z.string().nullable(),
  corrected: z.boolean(),
  /** A correction entry: the fields it changed (keys, labelled by the UI) and why. */
  fields: z.array(z.string()).optional(),
  reason: z.string().nullable().optional(),
  /** A correction entry: the kind of the entry it corrects (its fields' labels depend on it). */
  correctsKind: z.string().nullable().optional(),
});

export const HandoverSheet = z.strictObject({
  format: z.literal(1),
  bureauName: z.string(),
  countyName: z.string(),
  timeZone: z.string(),
  shift: ShiftView.extend({ kind: z.enum(SHIFT_KINDS) }),
  /** When the sheet was assembled (for a signed sheet: when the outgoing chief signed). */
  generatedAt: z.string(),
  outgoing: Crew,
  incoming: Crew.extend({ shift: ShiftView }),
  entries: z.strictObject({
    items: z.array(SheetEntry),
    total: z.number().int(),
  }),
  incidents: z.array(
    z.strictObject({
      id: z.string(),
      number: z.string(),
      title: z.string(),
      grade: z.enum(GRADES),
      status: z.enum(INCIDENT_STATUSES),
      receivedAt: z.string(),
      entriesInShift: z.number().int(),
      newInShift: z.boolean(),
    }),
  ),
  /** 未办结事项: open incidents, what each owes next and by when. */
  unfinished: z.array(
    z.strictObject({
      key: z.string(),
      incidentId: z.string(),
      number: z.string(),
      title: z.string(),
      grade: z.enum(GRADES),
      status: z.enum(INCIDENT_STATUSES),
      receivedAt: z.string(),
      owed: z
        .strictObject({
          kind: z.enum(['phone', 'written', 'followup']),
          dueAt: z.string(),
          overdue: z.boolean(),
        })
        .nullable(),
      openInstructions: z.number().int(),
      explanation: z.string(),
    }),
  ),
  unfinishedTotal: z.number().int(),
  instructions: z.array(
    z.strictObject({
      entryId: z.string(),
      incidentId: z.string(),
      number: z.string(),
      title: z.string(),
      leader: z.string(),
      content: z.string(),
      at: z.string(),
      status: z.enum(['open', 'in_progress', 'done']),
      result: z.string().nullable(),
    }),
  ),
  equipment: z.strictObject({
    total: z.number().int(),
    due: z.number().int(),
    overdue: z.array(z.strictObject({ id: z.string(), name: z.string(), kind: z.enum(EQUIPMENT_KINDS) })),
    checks: z.array(
      z.strictObject({
        id: z.string(),
        equipmentName: z.string(),
        kind: z.enum(EQUIPMENT_KINDS),
        checkedAt: z.string(),
        passed: z.boolean(),
        checkerName: z.string(),
        notes: z.string(),
      }),
    ),
    checksTotal: z.number().int(),
    faults: z.array(
      z.strictObject({
        key: z.string(),
        id: z.string(),
        number: z.string(),
        equipmentName: z.string(),
        description: z.string(),
        openedAt: z.string(),
        deadlineAt: z.string(),
        status: z.enum(FAULT_STATUSES),
        overdue: z.boolean(),
        explanation: z.string(),
      }),
    ),
  }),
  /**
   * Items handed over (the register's 交接物品). Their receipt is the incoming chief's, given
   * with their signature (HandoverRecord.receipt); `received` and `explanation` here are
   * what sheets signed before that held, and are false and empty on newer ones.
   */
  items: z.array(
    z.strictObject({
      key: z.string(),
      equipmentId: z.string(),
      name: z.string(),
      kind: z.enum(EQUIPMENT_KINDS),
      serial: z.string(),
      status: z.enum(EQUIPMENT_STATUSES),
      location: z.string(),
      received: z.boolean(),
      explanation: z.string(),
    }),
  ),
  spotChecks: z.array(
    z.strictObject({
      id: z.string(),
      at: z.string(),
      callerUnit: z.string(),
      callerName: z.string(),
      answeredBy: z.string(),
      answerSeconds: z.number().int(),
      result: z.string(),
    }),
  ),
  notes: z.string(),
  /**
   * What reached the log after the previous shift's sheet was frozen but belongs to an
   * earlier shift (a call logged between the freeze and the change, a late entry): it is
   * on no earlier sheet, so it is carried onto this one. Absent on sheets from before.
   */
  carried: z
    .strictObject({
      fromShift: z.string(),
      frozenAt: z.string(),
      items: z.array(SheetEntry),
      total: z.number().int(),
    })
    .nullable()
    .optional(),
  /** Signed before the signing window opened: why (printed on the sheet). */
  earlyReason: z.string().optional(),
  /**
   * 应急响应 in force on open incidents (not drill traffic): plan, level, since when, who
   * decided. Absent on sheets from before.
   */
  responses: z
    .array(
      z.strictObject({
        incidentId: z.string(),
        number: z.string(),
        title: z.string(),
        planName: z.string(),
        level: z.enum(RESPONSE_LEVELS),
        decidedBy: z.string(),
        document: z.string(),
        since: z.string(),
        adjustedAt: z.string().nullable(),
      }),
    )
    .optional(),
  /**
   * 预警响应 in force on real warnings (started under a plan from the warning, not yet
   * ended), shown with the incidents' in 正在实施的应急响应. Absent on sheets from before.
   */
  warningResponses: z
    .array(
      z.strictObject({
        warningId: z.string(),
        warningLevel: z.enum(WARNING_LEVELS),
        headline: z.string(),
        /** Lifted, replaced or expired while the response still runs: it is to be ended. */
        warningOver: z.boolean(),
        planName: z.string(),
        level: z.enum(RESPONSE_LEVELS),
        decidedBy: z.string(),
        document: z.string(),
        since: z.string(),
        adjustedAt: z.string().nullable(),
      }),
    )
    .optional(),
  /** Drill 整改 items past their due date and not closed (未办结事项). Absent on sheets from before. */
  rectifications: z
    .array(
      z.strictObject({
        id: z.string(),
        number: z.string(),
        drillTitle: z.string(),
        finding: z.string(),
        ownerUnit: z.string(),
        dueDate: z.string(),
      }),
    )
    .optional(),
  /**
   * Warnings in force (预警叫应), each with its 回执 count and the recipients still owing
   * one, late ones marked. Absent on sheets from before.
   */
  warnings: z
    .array(
      z.strictObject({
        id: z.string(),
        level: z.enum(WARNING_LEVELS),
        hazard: z.enum(WARNING_HAZARDS),
        headline: z.string(),
        towns: z.array(z.string()),
        acked: z.number().int(),
        sent: z.number().int(),
        waiting: z.array(
          z.strictObject({ unit: z.string(), person: z.string(), ackDue: z.string(), late: z.boolean() }),
        ),
        /**
         * Recipients whose 回执 went overdue and the warning climbed their town's ladder
         * (自动升级 by the rule, or by hand): from whom, to whom, when. Absent on sheets from before.
         */
        escalated: z
          .array(z.strictObject({ from: z.string(), to: z.string(), at: z.string(), auto: z.boolean() }))
          .optional(),
      }),
    )
    .optional(),
  /** Orally approved 调拨 orders whose written order was not filed (due 48 hours after). Absent on sheets from before. */
  supplyOrders: z
    .array(
      z.strictObject({
        id: z.string(),
        number: z.string(),
        incidentTitle: z.string(),
        receivingUnit: z.string(),
        approver: z.string(),
        approvedAt: z.string(),
        writtenDueAt: z.string(),
      }),
    )
    .optional(),
});
export type HandoverSheet = z.infer<typeof HandoverSheet>;

export const SIGN_ROLES = ['outgoing', 'incoming', 'leader'] as const;
export type SignRole = (typeof SIGN_ROLES)[number];

/**
 * How a signer proved who they were when signing: their PIN typed at that moment, or
 * their own session (signed in on another seat). `none`: a signature from before proof
 * was required, by an operator without a PIN.
 */
export const SIGN_PROOFS = ['pin', 'session', 'none'] as const;
export type SignProof = (typeof SIGN_PROOFS)[number];

/** The duty log's chain head at a moment: its last entry's sequence number and hash. */
export const ChainAnchor = z.strictObject({ seq: z.number().int(), hash: z.string() });
export type ChainAnchor = z.infer<typeof ChainAnchor>;

export const Signature = z.strictObject({
  role: z.enum(SIGN_ROLES),
  operatorId: z.string(),
  name: z.string(),
  at: z.string(),
  proof: z.enum(SIGN_PROOFS),
  /** The duty log's chain head when this signature was given (absent on older records). */
  anchor: ChainAnchor.nullable(),
});

/** 交接物品 as the incoming chief received them at their signature. */
export const Receipt = z.strictObject({
  items: z.array(z.strictObject({ equipmentId: z.string(), received: z.boolean(), note: z.string() })),
});

export const Amendment = z.strictObject({
  id: z.string(),
  at: z.string(),
  authorName: z.string(),
  text: z.string(),
});

export const HandoverRecord = z.strictObject({
  id: z.string(),
  shiftKey: z.string(),
  /** draft: being completed; signing: frozen at the outgoing chief's signature; signed: all three, locked. */
  status: z.enum(['draft', 'signing', 'signed']),
  completedAt: z.string().nullable(),
  signedAt: z.string().nullable(),
  snapshotHash: z.string().nullable(),
  signatures: z.array(Signature),
  amendments: z.array(Amendment),
  /** Receipt of the items handed over, given with the incoming chief's signature. */
  receipt: Receipt.nullable(),
});
export type HandoverRecord = z.infer<typeof HandoverRecord>;

export const Blocking = z.strictObject({
  key: z.string(),
  kind: z.enum(BLOCKING_KINDS),
  label: z.string(),
  explained: z.boolean(),
});
export type Blocking = z.infer<typeof Blocking>;

export const HandoverView = z.strictObject({
  record: HandoverRecord.nullable(),
  sheet: HandoverSheet,
  /** Items that need an explanation before the outgoing chief can sign. */
  blocking: z.array(Blocking),
  /** Whether the shift has ended (a handover is usually signed around its end). */
  ended: z.boolean(),
  /** From when the outgoing chief may sign without giving a reason (the signing window). */
  signFrom: z.string(),
  /**
   * While the sheet is being signed, and after: what reached the shift's log after the
   * freeze. It is not on this sheet; it is carried onto the next shift's.
   */
  sinceFreeze: z
    .strictObject({
      total: z.number().int(),
      incidents: z.array(
        z.strictObject({ id: z.string(), number: z.string(), title: z.string(), grade: z.enum(GRADES) }),
      ),
    })
    .nullable(),
});
export type HandoverView = z.infer<typeof HandoverView>;

export const HandoverListItem = z.strictObject({
  id: z.string(),
  shiftKey: z.string(),
  start: z.string(),
  end: z.string(),
  status: z.enum(['draft', 'signing', 'signed']),
  outgoing: z.string(),
  incoming: z.string(),
  leader: z.string(),
  signedAt: z.string().nullable(),
  entries: z.number().int(),
  unfinished: z.number().int(),
  amendments: z.number().int(),
});
export type HandoverListItem = z.infer<typeof HandoverListItem>;

const example = { shiftKey: '2026-11-28' };

export const handoverMethods = {
  'handover.draft': defineMethod({
    name: 'handover.draft',
    // Without a key: the shift being handed over now (the one just ended, until it is signed).
    input: z.strictObject({ shiftKey: shiftKey.optional() }),
    output: HandoverView,
    access: 'read',
    example,
  }),
  'handover.get': defineMethod({
    name: 'handover.get',
    input: z.strictObject({ id }),
    output: HandoverView,
    access: 'read',
    example: { id: 'ho_0123456789abcdef' },
  }),
  'handover.save': defineMethod({
    name: 'handover.save',
    input: z.strictObject({
      shiftKey,
      notes: text(4000).optional(),
      explanations: z
        .record(blockingKey, text(500))
        .refine((r) => Object.keys(r).length <= 300, { message: 'errors.field.too_big' })
        .optional(),
    }),
    output: HandoverView,
    access: 'write',
    emits: ['handover.changed'],
    example: {
      shiftKey: '2026-11-28',
      notes: '夜间雨势较大，注意青石镇地灾隐患点',
      explanations: { 'report:inc_0123456789abcdef': '已电话催报，镇里正在核实伤亡' },
    },
  }),
  'handover.sign': defineMethod({
    name: 'handover.sign',
    input: z.strictObject({
      shiftKey,
      role: z.enum(SIGN_ROLES),
      operatorId: id,
      /** The signer's PIN, typed now; without it the signer must be the session's own operator. */
      pin: pin.optional(),
      /** Why the outgoing chief signs before the signing window opens. */
      earlyReason: text(500).optional(),
      /** The incoming chief's receipt of the items handed over: received, or a note why not. */
      received: z
        .record(id, z.boolean())
        .refine((r) => Object.keys(r).length <= 300, { message: 'errors.field.too_big' })
        .optional(),
      itemNotes: z
        .record(id, text(500))
        .refine((r) => Object.keys(r).length <= 300, { message: 'errors.field.too_big' })
        .optional(),
    }),
    output: HandoverView,
    access: 'write',
    emits: ['handover.changed'],
    example: {
      shiftKey: '2026-11-28',
      role: 'incoming',
      operatorId: 'op_0123456789abcdef',
      pin: '1234',
      earlyReason: '交班值班长临时外出参加会商',
      received: { eq_0123456789abcdef: true },
      itemNotes: { eq_0123456789abcdf0: '对讲机送修，未交接' },
    },
  }),
  'handover.amend': defineMethod({
    name: 'handover.amend',
    // After sign-off nothing changes: later additions are appended (补充说明).
    input: z.strictObject({ shiftKey, clientKey, text: name(2000) }),
    output: HandoverView,
    access: 'write',
    emits: ['handover.changed'],
    example: { shiftKey: '2026-11-28', clientKey: 'k_amend01234', text: '补充：卫星电话已于9时送修' },
  }),
  'handover.list': defineMethod({
    name: 'handover.list',
    input: z.strictObject({
      fromDate: dateStr.optional(),
      toDate: dateStr.optional(),
      status: z.enum(['draft', 'signing', 'signed']).optional(),
      limit: z.number().int().min(1).max(500).optional(),
      offset: z.number().int().min(0).max(100_000).optional(),
    }),
    output: z.strictObject({ items: z.array(HandoverListItem), total: z.number().int() }),
    access: 'read',
    example: { fromDate: '2026-11-01', toDate: '2026-11-30', status: 'signed', limit: 50, offset: 0 },
  }),
  'handover.verifyChain': defineMethod({
    name: 'handover.verifyChain',
    input: z.strictObject({}),
    output: z.strictObject({
      ok: z.boolean(),
      checked: z.number().int(),
      firstBrokenId: z.string().nullable(),
      /** Frozen sheets whose stored hash no longer matches their content. */
      badSnapshots: z.array(z.string()),
    }),
    access: 'read',
  }),
} as const;
