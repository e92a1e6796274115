import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { InputOf, MethodName, OutputOf } from '../../../../common/contract';
import type { ApiError } from '../../../../common/result';
import { apiClient } from '../../api/client';
import { queryKeyOf } from '../../api/keys';

/**
 * Calls made before the page renders (the app opened on the map): the map's data is on
 * its way while the session is still being checked. The page's queries take these
 * answers once, then ask the host as usual.
 */
const early = new Map<string, Promise<unknown>>();
const keyOf = (method: string, input: unknown) => `${method} ${JSON.stringify(input)}`;

export function warmCall<N extends MethodName>(method: N, input: InputOf<N>): void {
  const k = keyOf(method, input);
  if (!early.has(k)) early.set(k, apiClient().call(method, input));
}

function takeEarly<N extends MethodName>(method: N, input: InputOf<N>): Promise<OutputOf<N>> | undefined {
  const k = keyOf(method, input);
  const p = early.get(k) as Promise<OutputOf<N>> | undefined;
  early.delete(k);
  return p;
}

type Opts<N extends MethodName> = Omit<
  UseQueryOptions<OutputOf<N>, ApiError, OutputOf<N>, readonly unknown[]>,
  'queryKey' | 'queryFn'
>;

/** useApiQuery (same cache key) that first takes a call already made by warmCall. */
export function useWarmQuery<N extends MethodName>(method: N, input: InputOf<N>, options?: Opts<N>) {
  return useQuery<OutputOf<N>, ApiError, OutputOf<N>, readonly unknown[]>({
    queryKey: queryKeyOf(method, input),
    queryFn: () => takeEarly(method, input) ?? apiClient().call(method, input),
    ...options,
  });
}
