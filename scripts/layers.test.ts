import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rules of ARCHITECTURE.md §2 are enforced by `npm run lint`; this proves they bite. */
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  const cases: [string, string, boolean][] = [
    ['src/core/x/probe.ts', `import { app } from 'electron'; export const a = app;`, true],
    ['src/renderer/src/probe.ts', `import Database from 'better-sqlite3'; export const a = Database;`, true],
    [
      'src/renderer/src/pages/probe.ts',
      `import { createCore } from '../../../core'; export const a = createCore;`,
      true,
    ],
    ['src/renderer/src/probe.ts', `import fs from 'node:fs'; export const a = fs;`, true],
    ['src/common/probe.ts', `import { createCore } from '../core/core'; export const a = createCore;`, true],
    ['src/common/probe.ts', `import path from 'path'; export const a = path;`, true],
    ['src/core/probe.ts', `import { startHost } from '../server/host'; export const a = startHost;`, true],
    [
      'src/server/probe.ts',
      `import { BrowserWindow } from 'electron'; export const a = BrowserWindow;`,
      true,
    ],
    ['src/preload/probe.ts', `import { createCore } from '../core'; export const a = createCore;`, true],
    ['src/main/probe.ts', `import { x } from '../renderer/src/x'; export const a = x;`, true],
    // Allowed directions stay allowed.
    ['src/core/probe.ts', `import { methods } from '../common/contract'; export const a = methods;`, false],
    [
      'src/main/probe.ts',
      `import { app } from 'electron'; import { createCore } from '../core'; export const a = [app, createCore];`,
      false,
    ],
    [
      'src/renderer/src/probe.ts',
      `import { methods } from '../../common/contract'; export const a = methods;`,
      false,
    ],
    ['src/common/probe.ts', `import { AppEvent } from './events'; export type A = AppEvent;`, false],
  ];
  it.each(cases)('%s: %s', async (file, code, bad) => {
    const msgs = await restricted(file, code);
    if (bad) expect(msgs.length, 'expected a layer violation').toBeGreaterThan(0);
    else expect(msgs).toEqual([]);
  });
});
