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
        // Change events invalidate what a write touched (and everything when the stream
        // reconnects), so a page opened again within a minute shows what it holds
        // without asking again: at 15 s every warm switch of page refetched its reads
        // (ui.nav), and the answers re-rendered the page once more.
        staleTime: 60_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
