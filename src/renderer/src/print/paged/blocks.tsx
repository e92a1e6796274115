import type { PagedBlock } from './pack';

/** A section heading of a printed sheet. */
export const heading = (key: string, text: string): PagedBlock => ({
  kind: 'node',
  key,
  node: <h2 className="dr-pg-h2">{text}</h2>,
});

/** A text as paragraphs, each its own block, so a long section flows onto the next page. */
export const paragraphs = (key: string, text: string, empty: string): PagedBlock[] => {
  const parts = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (parts.length ? parts : [empty]).map((p, i) => ({
    kind: 'node',
    key: `${key}-${i}`,
    node: <p className="dr-pg-line dr-pg-pre">{p}</p>,
  }));
};
