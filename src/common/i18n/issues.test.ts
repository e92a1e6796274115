import { describe, expect, it } from 'vitest';
import { z } from '../zod-setup';
import { describeIssues } from './issues';

describe('describeIssues', () => {
  const schema = z.strictObject({ name: z.string().max(5), count: z.number() });
  const issuesOf = (v: unknown) => describeIssues(schema.safeParse(v).error!.issues, 'zh-CN');

  it('tells a missing field from a field of the wrong type', () => {
    expect(issuesOf({ name: 1 }).map((i) => [i.path, i.message])).toEqual([
      ['name', '类型不正确'],
      ['count', '必填'],
    ]);
  });

  it('says what is too long and which fields are unknown, in the user language', () => {
    expect(issuesOf({ name: '一二三四五六', count: 1, extra: 2 }).map((i) => i.message)).toEqual([
      '太长（最多 5 个字符）',
      '不认识的字段：extra',
    ]);
    expect(
      describeIssues(schema.safeParse({ count: 'x', name: 'a' }).error!.issues, 'en-US')[0]?.message,
    ).toBe('Wrong type');
  });
});
