// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Layer rules of ARCHITECTURE.md §2: who may import whom. Enforced here, not by good intentions. */
// Bare built-in names go through `paths` (exact match): as patterns, 'events' would also
// match our own './events'.
const BUILTIN_NAMES = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'events',
  'worker_threads',
  'zlib',
];
const NODE_BUILTINS = ['node:*'];
const HAND_WRITTEN_ADDRESS =
  'Build addresses inside the app with hrefOf(route, parts, query) from router/hash.ts, not a `#/…` literal.';

const restrict = (patterns) => {
  const noBuiltins = patterns.some((p) => p.group?.includes('node:*'));
  const paths = noBuiltins
    ? BUILTIN_NAMES.map((name) => ({
        name,
        message: 'No Node built-ins in this layer (ARCHITECTURE.md §2).',
      }))
    : [];
  return { 'no-restricted-imports': ['error', { patterns, paths }] };
};

/** Calls whose function argument runs in the page, on the page's (pinned) clock. */
const IN_PAGE =
  'CallExpression[callee.property.name=/^(evaluate|evaluateAll|evaluateHandle|waitForFunction|addInitScript)$/]';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'bench/out/**',
      'test-results/**',
      'playwright-report/**',
      'resources/**',
      '.tmp/**',
      'e2e/screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'e2e/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-console': 'off' },
  },
  // common: imports nothing of ours, no node:*, no DOM-only libs, no electron, no sqlite.
  {
    files: ['src/common/**'],
    rules: restrict([
      {
        regex: '^(\\.\\./)+(core|server|main|preload|renderer)(/|$)',
        message: 'src/common imports nothing of ours (ARCHITECTURE.md §2).',
      },
      {
        group: ['electron', 'better-sqlite3', ...NODE_BUILTINS],
        message: 'src/common runs anywhere: no electron, better-sqlite3 or node:*.',
      },
    ]),
  },
  // core: common only; never electron.
  {
    files: ['src/core/**'],
    rules: restrict([
      {
        regex: '^(\\.\\./)+(server|main|preload|renderer)(/|$)',
        message: 'src/core imports only src/common (ARCHITECTURE.md §2).',
      },
      { group: ['electron'], message: 'electron is imported only in src/main and src/preload.' },
    ]),
  },
  // server: core and common; never electron.
  {
    files: ['src/server/**'],
    rules: restrict([
      {
        regex: '^(\\.\\./)+(main|preload|renderer)(/|$)',
        message: 'src/server imports only src/core and src/common (ARCHITECTURE.md §2).',
      },
      { group: ['electron'], message: 'electron is imported only in src/main and src/preload.' },
    ]),
  },
  // main: core, common, server.
  {
    files: ['src/main/**'],
    rules: restrict([
      {
        regex: '^(\\.\\./)+(preload|renderer)(/|$)',
        message: 'src/main imports src/core, src/common and src/server only (ARCHITECTURE.md §2).',
      },
    ]),
  },
  // preload and renderer: common only; no sqlite, no node:*.
  {
    files: ['src/preload/**'],
    rules: restrict([
      {
        regex: '^(\\.\\./)+(core|server|main|renderer)(/|$)',
        message: 'src/preload imports src/common only (ARCHITECTURE.md §2).',
      },
      { group: ['better-sqlite3', ...NODE_BUILTINS], message: 'No better-sqlite3 or node:* in the preload.' },
    ]),
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([
      {
        regex: '^(\\.\\./)+(core|server|main|preload)(/|$)',
        message: 'src/renderer imports src/common only (ARCHITECTURE.md §2).',
      },
      {
        group: ['electron', 'better-sqlite3', ...NODE_BUILTINS],
        message: 'The renderer runs in a sandbox: no electron, better-sqlite3 or node:*.',
      },
    ]),
  },
  // The web e2e suite runs at a chosen hour (e2e/web/clock.ts): its own code reads the
  // run's clock, and each page keeps the clock the fixtures install. Code handed to a page
  // (evaluate, waitForFunction, init scripts) runs on the page's clock and may read Date.
  {
    files: ['e2e/web/**/*.ts'],
    ignores: ['e2e/web/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          "NewExpression[callee.name='Date'][arguments.length=0]",
        ].map((selector) => ({
          selector: `${selector}:not(${IN_PAGE} *)`,
          message: "The machine's clock is not the run's: use e2eNow() or e2eIso() (e2e/web/clock.ts).",
        })),
        {
          selector: "CallExpression[callee.property.name='install'][callee.object.property.name='clock']",
          message:
            "Every context already runs on the run's clock (fixtures.ts): pause or advance it instead.",
        },
      ],
    },
  },
  // Addresses inside the app are built by hrefOf (router/hash.ts) from the areas' route
  // lists, so a renamed or misspelt route is a compile error, not a dead link.
  {
    files: ['src/renderer/**'],
    ignores: ['src/renderer/src/router/hash.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Literal[value=/#\\x2F/]', message: HAND_WRITTEN_ADDRESS },
        { selector: 'TemplateElement[value.raw=/#\\x2F/]', message: HAND_WRITTEN_ADDRESS },
        {
          selector: "AssignmentExpression > MemberExpression.left[property.name='hash']",
          message: 'Change the address with navigate(hrefOf(…)) (router/hash.ts), not location.hash.',
        },
      ],
    },
  },
);
