import { useMutation, useQuery, type UseMutationOptions, type UseQueryOptions } from '@tanstack/react-query';
import type { InputOf, MethodName, OutputOf } from '../../../common/contract';
import type { ApiError } from '../../../common/result';
import { apiClient } from './client';
import { areaOf, queryKeyOf } from './keys';

type QueryOpts<N extends MethodName> = Omit<
  UseQueryOptions<OutputOf<N>, ApiError, OutputOf<N>, readonly unknown[]>,
  'queryKey' | 'queryFn'
>;

/** A read through the contract, cached under `[area, method, input]`. */
export function useApiQuery<N extends MethodName>(method: N, input: InputOf<N>, options?: QueryOpts<N>) {
  return useQuery<OutputOf<N>, ApiError, OutputOf<N>, readonly unknown[]>({
    queryKey: queryKeyOf(method, input),
    queryFn: () => apiClient().call(method, input),
    ...options,
  });
}

type MutationOpts<N extends MethodName> = Omit<
  UseMutationOptions<OutputOf<N>, ApiError, InputOf<N>>,
  'mutationFn'
>;

/** A write through the contract. Cache refresh comes from the host's change events. */
export function useApiMutation<N extends MethodName>(method: N, options?: MutationOpts<N>) {
  return useMutation<OutputOf<N>, ApiError, InputOf<N>>({
    // The key names the area, so a successful write refreshes it even when the event stream is down.
    mutationKey: [areaOf(method), method],
    mutationFn: (input) => apiClient().call(method, input),
    ...options,
  });
}
