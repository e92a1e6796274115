import type { Role } from '../common/domain/roles';

/** Who is making a call. Resolved by the transport from a token, never taken from input. */
export type Actor =
  | { kind: 'operator'; operatorId: string; name: string; role: Role; tokenHash: string }
  | { kind: 'wall'; tokenId: string }
  | { kind: 'anonymous' }
  | { kind: 'system'; name: string };

export const anonymous: Actor = { kind: 'anonymous' };
export const systemActor = (name = 'system'): Actor => ({ kind: 'system', name });

/** How the call arrived: LAN calls face stricter sign-in rules. */
export type Via = 'direct' | 'ipc' | 'http' | 'lan';

/**
 * Whether the caller may see more than the sign-in screen: a signed-in operator, a wall,
 * the system, or code inside this process (the demo loader, tests, benches: `direct`).
 * An anonymous caller over any transport may not: without `--lan` any program on the PC
 * reaches 127.0.0.1.
 */
export const hasSession = (actor: Actor, via: Via): boolean => actor.kind !== 'anonymous' || via === 'direct';
