import { stderrLogger } from '../core';
import { runCoreServer, type WirePort } from './core-server';
import { CORE_DATA_ENV, CORE_LOG_ENV, type FromCore } from './core-wire';
import { createFileLogger } from './file-logger';

/**
 * The core's process (ARCHITECTURE.md §4): started by main as an Electron utilityProcess
 * (out/main/core.js), or as a Node child in tests. It opens the data, serves the core
 * over its parent's port, and exits once the database is closed. No electron import:
 * the port is `process.parentPort` under Electron and the IPC channel under Node.
 */

interface ParentPort {
  postMessage(msg: unknown): void;
  on(event: 'message', listener: (e: { data: unknown }) => void): unknown;
}

function parentPort(): WirePort {
  const electronPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;
  if (electronPort) {
    return {
      post: (msg: FromCore) => electronPort.postMessage(msg),
      onMessage: (l) => void electronPort.on('message', (e) => l(e.data)),
    };
  }
  if (typeof process.send === 'function') {
    return {
      post: (msg: FromCore) => void process.send!(msg),
      onMessage: (l) => void process.on('message', l),
    };
  }
  throw new Error('the core process needs a parent to talk to');
}

const dataDir = process.env[CORE_DATA_ENV];
if (!dataDir) throw new Error(`${CORE_DATA_ENV} is not set`);
const logFile = process.env[CORE_LOG_ENV];
const logger = logFile ? createFileLogger(logFile, stderrLogger) : stderrLogger;
const port = parentPort();
// Without the parent the core has nobody to serve: close cleanly rather than linger.
process.on('disconnect', () => process.exit(0));
// The reply to close (or the word that the data cannot be opened) is queued on the
// channel: let it go out before the process ends.
const exitSoon = (code: number) => setTimeout(() => process.exit(code), 50);
if (!runCoreServer(port, { dataDir, logger }, () => exitSoon(0))) exitSoon(1);
