import { describe, expect, it } from 'vitest';

// Sources as text, through vite (the renderer may not use node:fs, even in tests).
const sources = import.meta.glob<string>(['./**/*.tsx', './**/*.ts', '!./**/*.test.ts', '!./**/*.test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('what the CSP (no inline styles, no eval) rules out', () => {
  it('no auto-sizing text areas: they measure themselves through a style attribute the CSP blocks', () => {
    // rc-textarea sets `style` on a hidden measuring textarea in <body>; blocked, it stays
    // visible and every measurement is wrong. Fixed `rows` instead.
    const offenders = Object.entries(sources)
      .filter(([, src]) => /\bautoSize\b/.test(src))
      .map(([file]) => file);
    expect(offenders).toEqual([]);
  });
});
