import { useState } from 'react';

/**
 * The filters the resource registers (facilities, depots) share: words to search, a town,
 * archived records shown or not; and the list input they make.
 */
export function useResourceFilters(initialQ: string) {
  const [q, setQ] = useState(initialQ);
  const [town, setTown] = useState<string | undefined>();
  const [archived, setArchived] = useState(false);
  const listInput = {
    ...(town ? { townCode: town } : {}),
    ...(q.trim() ? { q: q.trim().slice(0, 60) } : {}),
    includeArchived: archived,
  };
  return { q, setQ, town, setTown, archived, setArchived, listInput };
}

export type ResourceFilters = ReturnType<typeof useResourceFilters>;
