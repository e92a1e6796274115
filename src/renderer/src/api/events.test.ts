import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { invalidateForEvent } from './events';

/** The query-key areas an event makes stale, as a QueryClient would be told. */
function staleAfter(type: string): string[] {
  const keys: string[] = [];
  const client = {
    invalidateQueries: (filter?: { queryKey?: unknown[] }) => {
      keys.push(filter?.queryKey ? String(filter.queryKey[0]) : '*');
      return Promise.resolve();
    },
  } as unknown as QueryClient;
  invalidateForEvent(client, { type, at: '2026-12-04T00:00:00Z' });
  return keys;
}

describe('what a change makes stale', () => {
  // 统计 reads incidents and their reports, 查岗 in the log, equipment checks and faults,
  // drills, 叫应/回执 and stock: a change to any of them refreshes it while it is open.
  it.each([
    'incidents.changed',
    'logs.changed',
    'checks.changed',
    'faults.changed',
    'equipment.changed',
    'drills.changed',
    'warnings.changed',
    'supplies.changed',
  ])('%s refreshes 统计', (type) => {
    expect(staleAfter(type)).toContain('stats');
  });

  it('an event refreshes its own area first, and a restore refreshes everything', () => {
    expect(staleAfter('checks.changed')[0]).toBe('checks');
    expect(staleAfter('system.restored')).toEqual(['*']);
  });
});
