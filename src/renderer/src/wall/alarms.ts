import { useEffect, useRef, useState } from 'react';
import type { IncidentSummary } from '../../../common/contract/incidents';
import type { Grade } from '../../../common/domain/incidents';

/** How long the banner stays up for a new grade I/II incident (the wall has no mouse to dismiss it). */
export const ALARM_MS = 10 * 60_000;
/** How long a newly arrived incident pulses in the list (and on the map). */
export const PULSE_MS = 5 * 60_000;
const MAX_KEPT = 20;

const ALARMING: ReadonlySet<Grade> = new Set(['I', 'II']);

export interface Alarm {
  id: string;
  /** When the wall raised it (ms). */
  at: number;
}

export interface Arrivals {
  /** New grade I/II incidents (or ones raised to I/II), newest first, while their time lasts. */
  alarms: Alarm[];
  /** Incident id -> when it arrived on this wall (ms), for the pulse. */
  arrived: ReadonlyMap<string, number>;
  /** Increases by one for each batch of new alarms (the sound plays on it). */
  alarmCount: number;
}

/**
 * What is new since the wall last looked. The first answer only primes what is known,
 * except grade I/II incidents received in the last ALARM_MS (a wall that just started
 * must not miss the incident that arrived a minute ago). After that: an incident never
 * seen before pulses; one that is I/II and was not before (new, or raised by a
 * follow-up) raises the alarm. Only the open incidents of the latest answer are
 * remembered, so nothing grows over days.
 */
export function diffArrivals(
  known: ReadonlyMap<string, Grade> | null,
  items: readonly IncidentSummary[],
  now: number,
): { alarms: Alarm[]; arrived: [string, number][]; known: Map<string, Grade> } {
  const alarms: Alarm[] = [];
  const arrived: [string, number][] = [];
  for (const inc of items) {
    if (known === null) {
      const received = new Date(inc.receivedAt).getTime();
      if (ALARMING.has(inc.grade) && now - received < ALARM_MS) {
        alarms.push({ id: inc.id, at: received });
        arrived.push([inc.id, received]);
      }
      continue;
    }
    const before = known.get(inc.id);
    if (before === undefined) arrived.push([inc.id, now]);
    if (ALARMING.has(inc.grade) && (before === undefined || !ALARMING.has(before))) {
      alarms.push({ id: inc.id, at: now });
    }
  }
  return { alarms, arrived, known: new Map(items.map((i) => [i.id, i.grade])) };
}

export function useArrivals(items: readonly IncidentSummary[] | undefined, now: number): Arrivals {
  const known = useRef<Map<string, Grade> | null>(null);
  const [state, setState] = useState<{ alarms: Alarm[]; arrived: Map<string, number>; alarmCount: number }>(
    () => ({
      alarms: [],
      arrived: new Map(),
      alarmCount: 0,
    }),
  );

  useEffect(() => {
    if (!items) return;
    const at = Date.now();
    const d = diffArrivals(known.current, items, at);
    known.current = d.known;
    setState((s) => {
      const open = d.known;
      // Drop what expired or is no longer open; keep the rest, newest first.
      const alarms = [...d.alarms, ...s.alarms.filter((a) => !d.alarms.some((n) => n.id === a.id))]
        .filter((a) => open.has(a.id) && at - a.at < ALARM_MS)
        .slice(0, MAX_KEPT);
      const arrived = new Map([...s.arrived].filter(([id, t]) => open.has(id) && at - t < PULSE_MS));
      for (const [id, t] of d.arrived) arrived.set(id, t);
      return {
        alarms,
        arrived,
        alarmCount: s.alarmCount + (d.alarms.some((a) => at - a.at < 60_000) ? 1 : 0),
      };
    });
  }, [items]);

  return {
    alarms: state.alarms.filter((a) => now - a.at < ALARM_MS),
    arrived: state.arrived,
    alarmCount: state.alarmCount,
  };
}
