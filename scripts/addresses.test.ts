import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Addresses inside the app are built by hrefOf (src/renderer/src/router/hash.ts) from the
 * areas' route lists; `npm run lint` refuses hand-written `#/…` addresses in the renderer.
 * This proves the rule bites, and where it does not apply.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function refused(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('hand-written addresses', () => {
  const cases: [string, string, boolean][] = [
    ['src/renderer/src/pages/probe.tsx', `export const a = <a href="#/settings/wall">x</a>;`, true],
    [
      'src/renderer/src/pages/probe.tsx',
      'const id = "x"; export const a = <a href={`#/logs/incident/${id}`}>x</a>;',
      true,
    ],
    ['src/renderer/src/pages/probe.ts', `export const a = '#/logs';`, true],
    ['src/renderer/src/pages/probe.ts', 'export const wall = (o: string) => `${o}/#/wall?token=x`;', true],
    ['src/renderer/src/pages/probe.ts', `window.location.hash = '#/logs';`, true],
    ['src/renderer/src/pages/probe.ts', `export function go() { window.location.hash = 'x'; }`, true],
    // The builder itself, reading the hash, comments and other layers stay allowed.
    ['src/renderer/src/router/hash.ts', 'export const h = (p: string) => `#/${p}`;', false],
    ['src/renderer/src/pages/probe.ts', `export const at = window.location.hash.split('?')[0];`, false],
    ['src/renderer/src/pages/probe.ts', `/** Route \`#/logs/incident/<id>\`. */\nexport const a = 1;`, false],
    ['src/main/probe.ts', 'export const url = `app://duty-room/index.html#/wall`;', false],
  ];
  it.each(cases)('%s: %s', async (file, code, bad) => {
    const msgs = await refused(file, code);
    if (bad) expect(msgs.length, 'expected the address rule to refuse this').toBeGreaterThan(0);
    else expect(msgs).toEqual([]);
  });
});
