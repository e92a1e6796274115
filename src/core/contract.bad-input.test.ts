import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methods, methodNames, type MethodName } from '../common/contract';
import type { Actor } from './actor';
import type { Core } from './core';
import { demoCoreWithAdmin, fingerprint } from './testing';

/**
 * Walks every method of the contract and throws bad input at it. Each must answer
 * invalid_input (never internal, never a crash) and leave the database unchanged.
 * New methods are picked up from the table; each needs an `example` to mutate.
 */

const MB = 'x'.repeat(1024 * 1024);
const CONTROL = 'abc\u0000\u0007\u001b[31mdef';
const NAUGHTY = [
  "'; DROP TABLE operators; --",
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '𠜎𠜱𠝹𠱓',
  'null',
  'undefined',
  '-1e309',
  '__proto__',
];
const WRONG_TYPES: unknown[] = [null, 12345, -1.5, true, [], [1, 2], { nested: { deep: 1 } }];
const WHOLE_INPUTS: unknown[] = [
  null,
  undefined,
  0,
  'input',
  '',
  [],
  true,
  MB,
  JSON.parse('{"__proto__":{"polluted":1}}'),
  ...NAUGHTY,
];

type Shaped = {
  shape?: Record<string, unknown>;
  options?: Shaped[];
  safeParse(v: unknown): { success: boolean };
};

/** The object shape to mutate; for a union, the branch the example belongs to. */
function shapeOf(name: MethodName): Record<string, unknown> | null {
  const schema = methods[name].input as unknown as Shaped;
  if (schema.shape) return schema.shape;
  const branch = schema.options?.find((o) => o.safeParse(exampleOf(name)).success);
  return branch?.shape ?? null;
}

function exampleOf(name: MethodName): Record<string, unknown> {
  return (methods[name] as { example?: Record<string, unknown> }).example ?? {};
}

let core: Core;
let admin: Actor;
let before: string;

beforeAll(async () => {
  ({ core, admin } = await demoCoreWithAdmin());
  before = fingerprint(core);
});
afterAll(() => core.close());

async function expectInvalid(method: string, input: unknown) {
  const res = await core.call(method, input, admin);
  expect(res.ok, `${method} accepted ${JSON.stringify(input)?.slice(0, 120)}`).toBe(false);
  if (!res.ok) {
    expect(res.error.code, `${method}: ${res.error.message}`).toBe('invalid_input');
    // The message is for a Chinese user: no zod English leaks through.
    expect(res.error.message).toMatch(/^输入有误/);
  }
}

describe('every method has a valid example to mutate', () => {
  it.each(methodNames)('%s', (name) => {
    const shape = shapeOf(name);
    const hasFields = shape ? Object.keys(shape).length > 0 : true;
    const ex = (methods[name] as { example?: unknown }).example;
    if (hasFields) expect(ex, `${name} needs an example`).toBeDefined();
    expect(methods[name].input.safeParse(ex ?? {}).success).toBe(true);
  });
});

describe.each(methodNames)('bad input: %s', (name) => {
  it('whole-input garbage', async () => {
    for (const input of WHOLE_INPUTS) await expectInvalid(name, input);
  });

  it('unknown fields, including hostile key names', async () => {
    for (const key of ['unexpected', ...NAUGHTY.slice(0, 3), '\u0000']) {
      await expectInvalid(name, { ...exampleOf(name), [key]: 1 });
    }
  });

  it('each field: wrong types, 1 MB strings, control characters', async () => {
    const shape = shapeOf(name);
    if (!shape) return;
    for (const field of Object.keys(shape)) {
      for (const bad of [...WRONG_TYPES, MB, CONTROL]) {
        const input = { ...exampleOf(name), [field]: bad };
        // A few fields legitimately accept null (e.g. clearing a PIN): skip only those.
        if (methods[name].input.safeParse(input).success) continue;
        await expectInvalid(name, input);
      }
    }
  });

  it('missing required fields', async () => {
    const shape = shapeOf(name);
    if (!shape) return;
    for (const field of Object.keys(shape)) {
      const input = { ...exampleOf(name) };
      delete input[field];
      if (methods[name].input.safeParse(input).success) continue; // optional field
      await expectInvalid(name, input);
    }
  });

  it('naughty strings in every string field are refused or harmless, never internal', async () => {
    const shape = shapeOf(name);
    if (!shape) return;
    for (const field of Object.keys(shape)) {
      for (const s of NAUGHTY) {
        const input = { ...exampleOf(name), [field]: s };
        if (methods[name].input.safeParse(input).success) continue; // valid text: covered by area tests
        await expectInvalid(name, input);
      }
    }
  });
});

describe('after all of it', () => {
  it('the database is unchanged', () => {
    expect(fingerprint(core)).toBe(before);
  });
});
