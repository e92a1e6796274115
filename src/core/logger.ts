/* A tiny leveled logger: core, server and main log through this, never console directly. */
export interface Logger {
  info(msg: string, extra?: Record<string, unknown>): void;
  warn(msg: string, extra?: Record<string, unknown>): void;
  error(msg: string, extra?: Record<string, unknown>): void;
}

function line(level: string, msg: string, extra?: Record<string, unknown>): string {
  const tail = extra ? ' ' + JSON.stringify(extra) : '';
  return `${new Date().toISOString()} ${level} ${msg}${tail}\n`;
}

export const stderrLogger: Logger = {
  info: (m, e) => process.stderr.write(line('INFO', m, e)),
  warn: (m, e) => process.stderr.write(line('WARN', m, e)),
  error: (m, e) => process.stderr.write(line('ERROR', m, e)),
};

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
