import { useSyncExternalStore } from 'react';

/**
 * Tokens live in sessionStorage: per tab, gone when the tab closes, never in cookies
 * or URLs (ARCHITECTURE.md §4). The operator's token and a wall token are kept apart so a
 * wall tab never acts as an operator.
 */
const OPERATOR_KEY = 'duty-room.operator-token';
const WALL_KEY = 'duty-room.wall-token';

type Kind = 'operator' | 'wall';

const keyOf = (kind: Kind) => (kind === 'operator' ? OPERATOR_KEY : WALL_KEY);
const listeners = new Set<() => void>();

function read(kind: Kind): string | null {
  try {
    return window.sessionStorage.getItem(keyOf(kind));
  } catch {
    // Storage can be disabled by policy; the app still works for this page load.
    return memory[kind];
  }
}

const memory: Record<Kind, string | null> = { operator: null, wall: null };

export function getToken(kind: Kind): string | null {
  return read(kind) ?? memory[kind];
}

export function setToken(kind: Kind, token: string | null): void {
  memory[kind] = token;
  try {
    if (token === null) window.sessionStorage.removeItem(keyOf(kind));
    else window.sessionStorage.setItem(keyOf(kind), token);
  } catch {
    // See read(): memory keeps it.
  }
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useToken(kind: Kind): string | null {
  return useSyncExternalStore(subscribe, () => getToken(kind));
}
