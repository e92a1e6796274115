/**
 * Chinese full-text search without a segmenter: Han text is indexed as overlapping
 * character bigrams (山体滑坡 -> 山体 体滑 滑坡), Latin letters and digits as whole
 * words. A query is tokenised the same way and matched as a phrase, so any substring
 * of two or more Han characters is found, including the two-character words (滑坡,
 * 火灾, 停电) that FTS5's trigram tokenizer cannot match.
 */
// A run of Han characters, or a run of other letters and digits; anything else separates.
const RUN = /(\p{Script=Han}+)|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/** Runs of Han characters and of other letters/digits, lower-cased and NFKC-normalised. */
export function runs(text: string): { han: boolean; text: string }[] {
  const out: { han: boolean; text: string }[] = [];
  for (const m of text.normalize('NFKC').toLowerCase().matchAll(RUN)) {
    out.push({ han: m[1] !== undefined, text: m[0] });
  }
  return out;
}

// Han characters outside the BMP (rare ones, in names) take two UTF-16 units.
const SURROGATE = /[\uD800-\uDFFF]/;

/** Appends a run's tokens to `out`: a Latin word whole, Han text as overlapping bigrams. */
function pushRunTokens(run: { han: boolean; text: string }, out: string[]): void {
  const t = run.text;
  if (!run.han) {
    out.push(t);
  } else if (!SURROGATE.test(t)) {
    if (t.length === 1) out.push(t);
    for (let i = 0; i + 1 < t.length; i++) out.push(t.slice(i, i + 2));
  } else {
    const chars = [...t];
    if (chars.length === 1) out.push(t);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
}

function runTokens(run: { han: boolean; text: string }): string[] {
  const out: string[] = [];
  pushRunTokens(run, out);
  return out;
}

/** The token string stored in the FTS index for a document. */
export function indexTokens(text: string): string {
  const out: string[] = [];
  for (const r of runs(text)) pushRunTokens(r, out);
  return out.join(' ');
}

/**
 * The runs of a query as token sequences, each to be found contiguously. A lone Han
 * character is dropped: it cannot be matched against bigrams.
 */
export function queryTokenRuns(query: string): string[][] {
  return runs(query)
    .filter((r) => !(r.han && [...r.text].length < 2))
    .map(runTokens);
}

/**
 * An FTS5 MATCH expression for a user's query: each run becomes a quoted phrase of
 * its tokens, runs are ANDed. Returns null when nothing searchable remains.
 */
export function matchExpression(query: string): string | null {
  const phrases = queryTokenRuns(query).map((t) => '"' + t.join(' ').replace(/"/g, '""') + '"');
  return phrases.length ? phrases.join(' AND ') : null;
}

/** [start, end) ranges (in UTF-16 units of `text`) where the query's runs occur. */
export function highlightRanges(text: string, query: string): [number, number][] {
  const hay = text.toLowerCase();
  const ranges: [number, number][] = [];
  for (const r of runs(query)) {
    if (r.han && [...r.text].length < 2) continue;
    let from = 0;
    for (;;) {
      const i = hay.indexOf(r.text, from);
      if (i < 0) break;
      ranges.push([i, i + r.text.length]);
      from = i + r.text.length;
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** A window of `text` around the first match, with ranges shifted to the window. */
export function snippet(
  text: string,
  query: string,
  width = 80,
): { snippet: string; highlights: [number, number][] } {
  const all = highlightRanges(text, query);
  const first = all[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - Math.floor(width / 3), text.length - width));
  const end = Math.min(text.length, start + width);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    snippet: prefix + text.slice(start, end) + suffix,
    highlights: all
      .filter(([a, b]) => a >= start && b <= end)
      .map(([a, b]) => [a + shift, b + shift] as [number, number]),
  };
}
