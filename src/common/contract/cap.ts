import { z } from '../zod-setup';
import { CAP_MAX_BYTES } from '../cap/alert';
import { defineMethod } from './define';
import { clientKey } from './incidents';
import { id, oneLine } from './shared';
import { WarningView } from './warnings';

// Messages are i18n keys; see src/common/i18n/warnings-messages.ts.

export const CAP_EXPORTS = ['warning', 'acks', 'incident'] as const;

const CapFile = z.strictObject({ fileName: z.string(), mime: z.string(), xml: z.string() });

export const capMethods = {
  'cap.export': defineMethod({
    name: 'cap.export',
    input: z.strictObject({
      /** A warning (its alert), its recipients' 回执 (one Ack each), or an incident (event information). */
      what: z.enum(CAP_EXPORTS),
      id,
    }),
    output: z.strictObject({ files: z.array(CapFile), identifiers: z.array(z.string()) }),
    access: 'read',
    example: { what: 'warning', id: 'wrn_0123456789abcdef' },
  }),
  'cap.import': defineMethod({
    name: 'cap.import',
    input: z.strictObject({
      clientKey,
      fileName: oneLine(200),
      xml: z.string().min(1).max(CAP_MAX_BYTES),
      /** An Exercise alert is taken only under a running drill, as drill traffic. */
      drillId: id.nullable().optional(),
    }),
    output: z.strictObject({ warning: WarningView, replayed: z.boolean() }),
    access: 'write',
    emits: ['warnings.changed'],
    example: {
      clientKey: 'k_0123456789',
      fileName: '暴雨橙色预警.xml',
      xml: '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"/>',
    },
  }),
} as const;
