import { useApiQuery } from '../api/hooks';

/** The county's towns (乡镇/街道) as select options, code as the value: for filters and forms alike. */
export function useTownOptions(): { value: string; label: string }[] {
  const towns = useApiQuery('geo.towns', {}, { staleTime: Infinity });
  return (towns.data ?? []).map((x) => ({ value: x.code, label: x.name }));
}
