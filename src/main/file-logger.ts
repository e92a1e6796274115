import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../core';

/**
 * Logs to a file in userData/logs as well as to a second logger (stderr), because a
 * desktop app started from a shortcut has no terminal to read when something goes wrong.
 * Rotates once at `maxBytes` (keeps one `.1`), so a long-running duty room never fills the disk.
 */
export function createFileLogger(file: string, also: Logger, maxBytes = 5 * 1024 * 1024): Logger {
  let ok = true;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (fs.existsSync(file) && fs.statSync(file).size > maxBytes) fs.renameSync(file, `${file}.1`);
  } catch {
    ok = false;
  }
  const write = (level: string, msg: string, extra?: Record<string, unknown>) => {
    if (!ok) return;
    try {
      fs.appendFileSync(
        file,
        `${new Date().toISOString()} ${level} ${msg}${extra ? ' ' + JSON.stringify(extra) : ''}\n`,
      );
    } catch {
      ok = false; // a full or read-only disk must not take the app down with it
    }
  };
  return {
    info(m, e) {
      write('INFO', m, e);
      also.info(m, e);
    },
    warn(m, e) {
      write('WARN', m, e);
      also.warn(m, e);
    },
    error(m, e) {
      write('ERROR', m, e);
      also.error(m, e);
    },
  };
}
