import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { OutputOf } from '../../../common/contract';
import type { ApiError } from '../../../common/result';
import { apiClient, isDesktop } from './client';
import { getToken, setToken, useToken } from './session';

export type WhoAmI = OutputOf<'auth.whoami'>;
type Kind = 'operator' | 'wall';

let appliedToken: string | null | undefined;

/**
 * The token this page acts with, handed to the client during render (not in an effect)
 * so the very first query of the page already carries it. Idempotent.
 */
export function useActiveToken(kind: Kind): string | null {
  const token = useToken(kind);
  if (appliedToken !== token) {
    apiClient().setToken(token);
    appliedToken = token;
  }
  return token;
}

export const whoamiKey = (token: string | null) => ['auth', 'auth.whoami', {}, token ?? ''] as const;

/** Who the host thinks we are with the current token. */
export function useWhoAmI(token: string | null, enabled = true) {
  return useQuery<WhoAmI, ApiError>({
    queryKey: whoamiKey(token),
    queryFn: () => apiClient().call('auth.whoami', {}),
    enabled,
  });
}

/** After a successful sign-in: retire the previous session and start acting as the new operator. */
export async function adoptSession(queryClient: QueryClient, result: OutputOf<'auth.signIn'>): Promise<void> {
  const previous = getToken('operator');
  // Over IPC the main process already swapped sessions; over HTTP the old token is
  // still ours and is revoked so it cannot be reused on this shared PC.
  if (previous && !isDesktop()) {
    try {
      await apiClient().call('auth.signOut', {});
    } catch {
      // Already revoked or host busy: the new session matters more.
    }
  }
  queryClient.setQueryData(whoamiKey(result.token), {
    kind: 'operator',
    operator: result.operator,
  } satisfies WhoAmI);
  setToken('operator', result.token);
  apiClient().setToken(result.token);
  appliedToken = result.token;
  await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
}

/** Forget the operator's session on this page (after sign-out, restore, or a revoked token). */
export function dropSession(): void {
  setToken('operator', null);
}

export async function signOut(): Promise<void> {
  try {
    await apiClient().call('auth.signOut', {});
  } finally {
    dropSession();
  }
}
