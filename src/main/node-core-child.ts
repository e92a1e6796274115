import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CoreChild } from './core-process';
import { CORE_DATA_ENV } from './core-wire';

const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'core-child.ts');

/**
 * The core's process as a plain Node child (tests and benches; the desktop app starts the
 * same entry as an Electron utilityProcess): core-child.ts run through tsx, messages by
 * structured clone as over Electron's port, so undefined and Dates cross as they are.
 */
export function forkNodeCoreChild(
  dataDir: string,
  env: Record<string, string> = {},
): { child: CoreChild; process: ChildProcess } {
  const cp = fork(ENTRY, [], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    env: { ...process.env, [CORE_DATA_ENV]: dataDir, ...env },
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  const child: CoreChild = {
    postMessage: (msg) => void cp.send(msg),
    on: (event: 'message' | 'exit', l: (x: never) => void) =>
      event === 'message'
        ? cp.on('message', l as (m: unknown) => void)
        : cp.on('exit', (code) => (l as (c: number) => void)(code ?? -1)),
    kill: () => cp.kill(),
  };
  return { child, process: cp };
}
