import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = path.join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sources(p);
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** Columns the schema holds to 0 or 1 (`CHECK (x IN (0, 1))`). */
function flagColumns(): Set<string> {
  const out = new Set<string>();
  for (const f of sources(path.join(CORE, 'db/migrations')))
    for (const m of fs.readFileSync(f, 'utf8').matchAll(/CHECK \((\w+) IN \(0, ?1\)\)/g)) out.add(m[1]!);
  return out;
}

describe('row types', () => {
  it('type every 0/1 column as 0 | 1, so a row is never read as a count', () => {
    const flags = flagColumns();
    expect(flags.size).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const f of sources(CORE)) {
      const src = fs.readFileSync(f, 'utf8');
      for (const block of src.matchAll(/interface \w*Row\b[^{]*\{([^}]*)\}/g))
        for (const line of block[1]!.split('\n')) {
          const m = /^\s*(\w+)\??:\s*number\b/.exec(line);
          const col = m?.[1];
          if (col && [...flags].some((c) => col === c || col.endsWith(`_${c}`)))
            wrong.push(`${path.relative(CORE, f)}: ${line.trim()}`);
        }
    }
    expect(wrong).toEqual([]);
  });
});
