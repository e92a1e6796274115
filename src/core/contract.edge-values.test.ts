import { describe, expect, it } from 'vitest';
import { z } from '../common/zod-setup';
import { isoTime, name } from '../common/contract/shared';
import { edgeInputs } from './contract.edge-values';

type Input = Parameters<typeof edgeInputs>[0];
const plan = (schema: z.ZodType, example: unknown) => edgeInputs(schema as unknown as Input, example);
const valuesOf = (p: ReturnType<typeof plan>, path: string) =>
  p.accepted.filter((e) => e.path === path).map((e) => (e.input as Record<string, unknown>)[path]);

describe('edge values', () => {
  it('sends the example first, even with no fields', () => {
    expect(plan(z.strictObject({}), undefined).accepted).toEqual([
      { path: '', label: 'the example', input: {} },
    ]);
  });

  it('fills strings to their maximum length in every script without splitting a character', () => {
    const p = plan(z.strictObject({ t: name(61) }), { t: '张三' });
    const long = valuesOf(p, 't').filter((v) => typeof v === 'string' && v.length === 61) as string[];
    expect(long.length).toBe(6);
    expect(long.some((s) => s.includes('𠜎'))).toBe(true);
    expect(long.some((s) => s.includes('\u202e'))).toBe(true);
    expect(long.some((s) => s.includes('👨‍👩‍👧‍👦'))).toBe(true);
    for (const s of long) expect(s, s).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('takes integers to the bounds the schema allows', () => {
    const p = plan(z.strictObject({ n: z.number().int().min(1).max(366), m: z.number().int() }), {
      n: 7,
      m: 0,
    });
    expect(valuesOf(p, 'n')).toEqual([1, 366]);
    expect(valuesOf(p, 'm')).toEqual([Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]);
  });

  it('sends empty arrays and arrays at their maximum length', () => {
    const p = plan(z.strictObject({ a: z.array(z.enum(['x', 'y'])).max(5) }), { a: ['x'] });
    const arrays = p.accepted
      .filter((e) => e.path.startsWith('a'))
      .map((e) => (e.input as { a: unknown[] }).a);
    expect(arrays).toContainEqual([]);
    expect(arrays).toContainEqual(['x', 'x', 'x', 'x', 'x']);
    expect(arrays).toContainEqual(['y']);
  });

  it('sends ids of the example’s shape that name nothing', () => {
    const p = plan(z.strictObject({ id: z.string().regex(/^[a-z_0-9]{1,64}$/) }), {
      id: 'inc_0123456789abcdef',
    });
    expect(valuesOf(p, 'id')).toContain('inc_ffffffffffffffff');
  });

  it('sends the calendar’s ends as accepted, and dates beyond it as refusals to check', () => {
    const p = plan(z.strictObject({ at: isoTime.optional() }), {});
    expect(valuesOf(p, 'at')).toEqual(
      expect.arrayContaining(['1900-01-01T00:00:00.000Z', '2199-12-31T23:59:59.999Z']),
    );
    expect(p.beyondCalendar.map((e) => (e.input as { at: string }).at)).toEqual(
      expect.arrayContaining([
        '0001-01-01T00:00:00.000Z',
        '9999-12-31T23:59:59.999Z',
        '2200-01-01T00:00:00.000Z',
      ]),
    );
    expect(p.uncovered).toEqual([]);
  });

  it('names a field no candidate fits', () => {
    const p = plan(z.strictObject({ code: z.string().regex(/^Q-12[0-9]$/) }), { code: 'Q-123' });
    expect(p.uncovered).toEqual(['code']);
  });
});
