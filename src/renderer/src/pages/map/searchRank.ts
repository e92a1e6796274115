/**
 * The order of the map search's hits, best first, so that Enter (which takes the first)
 * goes where the user meant:
 *
 * 1. what is current before what is over: an open incident, a town, a facility or a
 *    depot before a closed (办结) or withdrawn incident;
 * 2. then by how well it matches: the whole name (or an incident's number) exactly,
 *    then a name or number that starts with what was typed, then a name containing it,
 *    then a match only in the second line (type, status);
 * 3. then as given (the caller lists incidents newest first), never alphabetically.
 *
 * Every word typed must match somewhere (name, number or second line), or it is no hit.
 */
export interface Rankable {
  /** The name shown (title of an incident, name of a place). */
  label: string;
  /** A code typed as is: an incident's number. */
  code?: string;
  /** The second line shown (kind, status). */
  sub: string;
  /** False for a closed or withdrawn incident. */
  current: boolean;
}

const norm = (s: string) => s.trim().toLowerCase();

/** 0 exact, 1 prefix, 2 in the name, 3 elsewhere; null: not a hit. */
export function relevance(h: Rankable, query: string): number | null {
  const q = norm(query);
  const words = q.split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const label = norm(h.label);
  const code = norm(h.code ?? '');
  const all = `${label} ${code} ${norm(h.sub)}`;
  if (!words.every((w) => all.includes(w))) return null;
  if (label === q || (code !== '' && code === q)) return 0;
  if (label.startsWith(q) || (code !== '' && code.startsWith(q))) return 1;
  if (label.includes(q) || words.every((w) => label.includes(w))) return 2;
  return 3;
}

/** The hits of `query` among `items`, best first (see above), at most `max`. */
export function rankHits<T extends Rankable>(items: readonly T[], query: string, max: number): T[] {
  const scored: { item: T; key: number; index: number }[] = [];
  items.forEach((item, index) => {
    const r = relevance(item, query);
    if (r !== null) scored.push({ item, key: (item.current ? 0 : 10) + r, index });
  });
  scored.sort((a, b) => a.key - b.key || a.index - b.index);
  return scored.slice(0, max).map((s) => s.item);
}
