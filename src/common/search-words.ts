/**
 * A register's search box: up to five words, each of which must appear somewhere in the
 * record. One definition for the host's lists and for a page that narrows a list it
 * already holds while the host's answer for the newest words is on its way.
 */
export function words(q: string | undefined): string[] {
  return (q ?? '')
    .split(/\s+/)
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean)
    .slice(0, 5);
}

/** Every word appears in one of the texts (lower-cased); no words match everything. */
export function matchesWords(ws: readonly string[], texts: readonly (string | null | undefined)[]): boolean {
  if (!ws.length) return true;
  const hay = texts
    .map((t) => t ?? '')
    .join(' ')
    .toLowerCase();
  return ws.every((w) => hay.includes(w));
}
