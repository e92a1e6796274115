import { z } from '../zod-setup';
import { defineMethod } from './define';
import { id, name, okOut, phone, pin } from './shared';
import { ROLES } from '../domain/roles';

export const Operator = z.strictObject({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  phone: z.string(),
  hasPin: z.boolean(),
  active: z.boolean(),
  createdAt: z.string(),
});
export type Operator = z.infer<typeof Operator>;

export const operatorMethods = {
  // Public for the sign-in screen: without a session it lists active operators with
  // their names, roles and whether a PIN is asked, and every phone is ''.
  'operators.list': defineMethod({
    name: 'operators.list',
    input: z.strictObject({ includeInactive: z.boolean().optional() }),
    output: z.array(Operator),
    access: 'public',
    example: { includeInactive: true },
  }),
  'operators.create': defineMethod({
    name: 'operators.create',
    input: z.strictObject({
      name: name(30),
      role: z.enum(ROLES),
      phone: phone.optional(),
      pin: pin.optional(),
    }),
    output: Operator,
    access: 'admin',
    example: { name: '张三', role: 'duty_officer', phone: '13800000000', pin: '1234' },
    emits: ['operators.changed'],
  }),
  'operators.update': defineMethod({
    name: 'operators.update',
    input: z.strictObject({
      id,
      name: name(30).optional(),
      role: z.enum(ROLES).optional(),
      phone: phone.optional(),
      active: z.boolean().optional(),
    }),
    output: Operator,
    access: 'admin',
    example: {
      id: 'op_0123456789abcdef',
      name: '张三',
      role: 'shift_chief',
      phone: '0812-1234567',
      active: true,
    },
    emits: ['operators.changed'],
  }),
  'operators.setPin': defineMethod({
    name: 'operators.setPin',
    // Your own PIN needs the current one; an admin may set or clear anyone's.
    input: z.strictObject({ id, pin: pin.nullable(), currentPin: pin.optional() }),
    output: okOut,
    access: 'write',
    example: { id: 'op_0123456789abcdef', pin: '5678', currentPin: '1234' },
    emits: ['operators.changed'],
  }),
  'auth.signIn': defineMethod({
    name: 'auth.signIn',
    input: z.strictObject({ operatorId: id, pin: pin.optional() }),
    output: z.strictObject({ token: z.string(), operator: Operator }),
    access: 'public',
    example: { operatorId: 'op_0123456789abcdef', pin: '1234' },
  }),
  'auth.signOut': defineMethod({
    name: 'auth.signOut',
    input: z.strictObject({}),
    output: okOut,
    access: 'read',
  }),
  'auth.whoami': defineMethod({
    name: 'auth.whoami',
    input: z.strictObject({}),
    output: z.strictObject({
      kind: z.enum(['operator', 'wall', 'anonymous', 'system']),
      operator: Operator.nullable(),
    }),
    access: 'public',
  }),
} as const;
