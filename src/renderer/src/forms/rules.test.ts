import Schema from '@rc-component/async-validator';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { requiredNumberRule, requiredRule } from './rules';

const t = ((key: string) => key) as unknown as TFunction;

/** Runs one rule the way antd's Form does (its validator), answering the messages it gives. */
async function problems(rule: object, value: unknown): Promise<string[]> {
  try {
    await new Schema({ f: rule as never }).validate({ f: value });
    return [];
  } catch (e) {
    return ((e as { errors: { message: string }[] }).errors ?? []).map((x) => x.message);
  }
}

describe('required rules', () => {
  it('a filled-in number passes the number rule; an empty one is required', async () => {
    expect(await problems(requiredNumberRule(t), 30)).toEqual([]);
    expect(await problems(requiredNumberRule(t), 0)).toEqual([]);
    expect(await problems(requiredNumberRule(t), undefined)).toEqual(['errors.field.required']);
    expect(await problems(requiredNumberRule(t), null)).toEqual(['errors.field.required']);
  });

  it('the text rule would read a number as missing: number fields must not use it', async () => {
    expect(await problems(requiredRule(t), 30)).toEqual(['errors.field.required']);
    expect(await problems(requiredRule(t), '  ')).toEqual(['errors.field.required']);
    expect(await problems(requiredRule(t), '08:30')).toEqual([]);
  });
});
