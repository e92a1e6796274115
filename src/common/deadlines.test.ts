import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULES,
  computeDeadlines,
  nextFollowUpSlot,
  type DeadlineFacts,
  type RuleVersion,
} from './deadlines';

const TZ = 'Asia/Shanghai';
// Local Shanghai time -> ISO (UTC).
const sh = (local: string) => new Date(local + '+08:00').toISOString();

const facts = (over: Partial<DeadlineFacts> = {}): DeadlineFacts => ({
  receivedAt: sh('2026-11-29T10:00:00'),
  category: 'natural',
  grades: [{ grade: 'III', at: sh('2026-11-29T10:00:00') }],
  reports: [],
  status: 'pending',
  ...over,
});

describe('computeDeadlines', () => {
  it('a 较大 (III) incident owes a phone report in 30 min and a written one in 60', () => {
    const s = computeDeadlines(facts(), [], TZ, new Date(sh('2026-11-29T10:10:00')));
    expect(s.items.map((i) => [i.kind, i.dueAt])).toEqual([
      ['phone', sh('2026-11-29T10:30:00')],
      ['written', sh('2026-11-29T11:00:00')],
    ]);
    expect(s.next?.kind).toBe('phone');
    expect(s.overdue).toBe(false);
  });

  it('turns overdue when the time passes with nothing reported', () => {
    const s = computeDeadlines(facts(), [], TZ, new Date(sh('2026-11-29T10:31:00')));
    expect(s.overdue).toBe(true);
    expect(s.next).toMatchObject({ kind: 'phone', late: true });
  });

  it('a phone report satisfies the phone deadline only; a written one both', () => {
    const phoneOnly = computeDeadlines(
      facts({ reports: [{ stage: 'initial', means: 'phone', at: sh('2026-11-29T10:20:00') }] }),
      [],
      TZ,
      new Date(sh('2026-11-29T10:40:00')),
    );
    expect(phoneOnly.next).toMatchObject({ kind: 'written', dueAt: sh('2026-11-29T11:00:00') });
    const written = computeDeadlines(
      facts({ reports: [{ stage: 'initial', means: 'written', at: sh('2026-11-29T10:20:00') }] }),
      [],
      TZ,
      new Date(sh('2026-11-29T10:40:00')),
    );
    // Then only the follow-up is owed: 17:00 the same day.
    expect(written.next).toMatchObject({ kind: 'followup', dueAt: sh('2026-11-29T17:00:00') });
  });

  it('across midnight: a 23:50 intake of grade IV owes its phone report at 00:50 the next day', () => {
    const s = computeDeadlines(
      facts({
        receivedAt: sh('2026-11-29T23:50:00'),
        grades: [{ grade: 'IV', at: sh('2026-11-29T23:50:00') }],
      }),
      [],
      TZ,
      new Date(sh('2026-11-30T00:10:00')),
    );
    expect(s.next).toMatchObject({ kind: 'phone', dueAt: sh('2026-11-30T00:50:00') });
  });

  it('at month end the follow-up after a 17:10 report on 30 Nov is 08:00 on 1 Dec', () => {
    const s = computeDeadlines(
      facts({
        receivedAt: sh('2026-11-30T16:30:00'),
        grades: [{ grade: 'III', at: sh('2026-11-30T16:30:00') }],
        reports: [{ stage: 'initial', means: 'written', at: sh('2026-11-30T17:10:00') }],
        status: 'active',
      }),
      [],
      TZ,
      new Date(sh('2026-11-30T20:00:00')),
    );
    expect(s.next).toMatchObject({ kind: 'followup', dueAt: sh('2026-12-01T08:00:00') });
    expect(nextFollowUpSlot(new Date(sh('2026-12-31T18:00:00')), ['08:00', '17:00'], TZ)?.toISOString()).toBe(
      sh('2027-01-01T08:00:00'),
    );
  });

  it('a report shortly before a slot covers it (the follow-up window)', () => {
    const s = computeDeadlines(
      facts({
        reports: [{ stage: 'continued', means: 'written', at: sh('2026-11-29T16:55:00') }],
        status: 'active',
      }),
      [],
      TZ,
      new Date(sh('2026-11-29T17:30:00')),
    );
    expect(s.next).toMatchObject({ kind: 'followup', dueAt: sh('2026-11-30T08:00:00') });
  });

  it('a rule change mid-incident does not move deadlines already running; new clocks use the new rules', () => {
    const versions: RuleVersion[] = [
      { effectiveFrom: sh('2026-01-01T00:00:00'), rules: DEFAULT_RULES },
      {
        effectiveFrom: sh('2026-11-29T10:30:00'),
        rules: {
          ...DEFAULT_RULES,
          rules: DEFAULT_RULES.rules.map((r) =>
            r.grade === 'III' ? { ...r, phoneMinutes: 10 } : r.grade === 'II' ? { ...r, phoneMinutes: 5 } : r,
          ),
        },
      },
    ];
    const running = computeDeadlines(facts(), versions, TZ, new Date(sh('2026-11-29T10:35:00')));
    expect(running.items.find((i) => i.kind === 'phone')?.dueAt).toBe(sh('2026-11-29T10:30:00'));
    const later = computeDeadlines(
      facts({
        receivedAt: sh('2026-11-29T10:40:00'),
        grades: [{ grade: 'III', at: sh('2026-11-29T10:40:00') }],
      }),
      versions,
      TZ,
      new Date(sh('2026-11-29T10:41:00')),
    );
    expect(later.next?.dueAt).toBe(sh('2026-11-29T10:50:00'));
  });

  it('an upgrade restarts the clocks with the stricter grade; a downgrade does not', () => {
    const upgraded = computeDeadlines(
      facts({
        grades: [
          { grade: 'IV', at: sh('2026-11-29T10:00:00') },
          { grade: 'II', at: sh('2026-11-29T10:20:00') },
        ],
        reports: [{ stage: 'initial', means: 'written', at: sh('2026-11-29T10:10:00') }],
        status: 'active',
      }),
      [],
      TZ,
      new Date(sh('2026-11-29T10:25:00')),
    );
    expect(upgraded.next).toMatchObject({ kind: 'phone', grade: 'II', dueAt: sh('2026-11-29T10:35:00') });
    const downgraded = computeDeadlines(
      facts({
        grades: [
          { grade: 'II', at: sh('2026-11-29T10:00:00') },
          { grade: 'IV', at: sh('2026-11-29T10:05:00') },
        ],
      }),
      [],
      TZ,
      new Date(sh('2026-11-29T10:06:00')),
    );
    expect(downgraded.next).toMatchObject({ kind: 'phone', grade: 'II', dueAt: sh('2026-11-29T10:15:00') });
  });

  it('a category-specific rule wins over the general one', () => {
    const versions: RuleVersion[] = [
      {
        effectiveFrom: sh('2026-01-01T00:00:00'),
        rules: {
          ...DEFAULT_RULES,
          rules: [
            ...DEFAULT_RULES.rules,
            { grade: 'III', category: 'accident', phoneMinutes: 20, writtenMinutes: 45 },
          ],
        },
      },
    ];
    const s = computeDeadlines(
      facts({ category: 'accident' }),
      versions,
      TZ,
      new Date(sh('2026-11-29T10:01:00')),
    );
    expect(s.next?.dueAt).toBe(sh('2026-11-29T10:20:00'));
  });

  it('closed and withdrawn incidents owe nothing; a final report ends follow-ups', () => {
    const closed = computeDeadlines(facts({ status: 'closed' }), [], TZ, new Date(sh('2026-11-29T12:00:00')));
    expect(closed).toMatchObject({ next: null, overdue: false });
    const final = computeDeadlines(
      facts({
        reports: [
          { stage: 'initial', means: 'written', at: sh('2026-11-29T10:10:00') },
          { stage: 'final', means: 'written', at: sh('2026-11-29T15:00:00') },
        ],
        status: 'active',
      }),
      [],
      TZ,
      new Date(sh('2026-11-29T18:00:00')),
    );
    expect(final.next).toBeNull();
  });
});
