import { describe, expect, it } from 'vitest';
import { ALL_SUBTYPES, CATEGORIES, ENTRY_KINDS, GRADES } from '../domain/incidents';
import { LOCALES } from '../domain/roles';
import { catalogProblems, renderTemplate } from './catalog';
import { domainLabels, label } from './domain-labels';
import { formatMessage, messages, type ErrorKey } from './messages';

describe('core catalogs', () => {
  it('zh-CN and en-US have the same keys and no empty value', () => {
    expect(catalogProblems(messages)).toEqual([]);
    expect(catalogProblems(domainLabels)).toEqual([]);
  });

  it('every $t() reference in a message names a key of the same catalog', () => {
    for (const locale of LOCALES) {
      const all: Record<string, string> = { ...domainLabels[locale], ...messages[locale] };
      const broken = Object.entries(all).flatMap(([k, v]) =>
        [...v.matchAll(/\$t\(([^()]+)\)/g)]
          .map((m) => m[1]!)
          // A reference built from a param stands for every code it can take; check one prefix.
          .filter((ref) => {
            const prefix = ref.split('{{')[0]!;
            return !Object.keys(all).some((key) =>
              ref.includes('{{') ? key.startsWith(prefix) : key === ref,
            );
          })
          .map((ref) => `${k} -> ${ref}`),
      );
      expect(broken, locale).toEqual([]);
    }
  });

  it('labels exist for every code the domain has', () => {
    const keys = [
      ...GRADES.flatMap((g) => [`grade.${g}`, `gradeShort.${g}`]),
      ...CATEGORIES.map((c) => `category.${c}`),
      ...ALL_SUBTYPES.map((s) => `subtype.${s}`),
      ...ENTRY_KINDS.map((k) => `kind.${k}`),
    ];
    for (const locale of LOCALES)
      expect(
        keys.filter((k) => !(k in domainLabels[locale])),
        locale,
      ).toEqual([]);
  });

  it('renders params, then references to labels in the same language', () => {
    const key: ErrorKey = 'errors.time_in_future';
    expect(formatMessage('zh-CN', key, { field: 'received' })).toBe('接报时间不能晚于当前时间');
    expect(formatMessage('en-US', key, { field: 'check' })).toBe('The check time cannot be in the future');
    expect(
      formatMessage('en-US', 'errors.equipment_not_checked', { name: 'Radio 3', status: 'retired' }),
    ).toBe('"Radio 3" is Retired and is not checked');
    // An unknown reference is left as written, not looped on.
    expect(renderTemplate(() => undefined, 'a $t(x.{{p}}) b', { p: 'y' })).toBe('a $t(x.y) b');
    // What a user typed goes in as written: a title is never read as a reference or a param.
    expect(
      formatMessage('zh-CN', 'blockingLine.overdue_report', {
        number: '2026-0001',
        title: '$t(grade.I) {{kind}}',
        kind: 'phone',
      }),
    ).toBe('2026-0001 $t(grade.I) {{kind}}：电话报告');
  });

  it('reads English grades as English readers expect', () => {
    expect(GRADES.map((g) => label('en-US', `grade.${g}`))).toEqual([
      'Level I (Particularly serious)',
      'Level II (Serious)',
      'Level III (Major)',
      'Level IV (General)',
      'Not graded',
    ]);
    expect(label('zh-CN', 'grade.III')).toBe('较大（Ⅲ级）');
  });
});
