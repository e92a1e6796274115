import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../common/result';
import { reportSessionLost } from '../api/client';
import { isSessionLost } from '../api/errors';

export function createQueryClient(): QueryClient {
  const onError = (err: unknown) => {
    if (isSessionLost(err)) reportSessionLost();
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({
      onError,
      onSuccess: (_data, _vars, _ctx, mutation) => {
        // Events normally refresh the cache; this covers a write made while the stream is down.
        const area = mutation.options.mutationKey?.[0];
        if (typeof area === 'string') void client.invalidateQueries({ queryKey: [area] });
      },
    }),
    defaultOptions: {
      queries: {
        // An answer from the host (forbidden, not found...) will not change on retry.
        retry: (count, err) => !(err instanceof ApiError) && count < 2,
        staleTime: 15_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
