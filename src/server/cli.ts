import '../common/zod-setup';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  clockFromEnv,
  createCore,
  DbTooNewError,
  TEST_CLOCK_ENV,
  type Clock,
  outputChecksFromEnv,
  stderrLogger,
  systemActor,
  type Core,
} from '../core';
import { parseArgs } from './args';
import { bilingual, bilingualError, usage } from './cli-messages';
import { checkDataDir, resolveDataDir } from './data-dir';
import { startHost, type Host } from './host';

/**
 * `npm run serve`: the browser host on a data directory.
 * Exit codes: 0 clean stop, 1 unexpected failure, 2 bad usage or unusable data
 * directory/port, 3 database written by a newer version of the app.
 */

const logger = stderrLogger;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What the person at the terminal must read: plain lines, not log records. */
function say(text: string): void {
  process.stdout.write(text + '\n');
}

function die(code: number, message: string): never {
  process.stderr.write(message + '\n');
  process.exit(code);
}

/** The real clock, unless the e2e suite moved it to another hour (TEST_CLOCK_ENV, tests only). */
function hostClock(): Clock {
  const setting = clockFromEnv(process.env);
  if (!setting.ok) die(2, bilingual('cli.bad_test_clock', { name: TEST_CLOCK_ENV, value: setting.raw }));
  if (setting.offsetMs !== 0)
    logger.warn('test clock in use: the host runs at another time than this machine', {
      offsetMs: setting.offsetMs,
      now: setting.clock.now().toISOString(),
    });
  return setting.clock;
}

function openCore(dataDir: string, lan: boolean): Core {
  try {
    return createCore({ dataDir, lan, logger, clock: hostClock(), validateOutputs: outputChecksFromEnv() });
  } catch (e) {
    if (e instanceof DbTooNewError) die(3, bilingualError(e.key, e.params));
    const code = (e as { code?: string }).code ?? '';
    die(2, bilingual('cli.db_open', { dir: dataDir, error: code || String(e) }));
  }
}

async function loadDemo(core: Core): Promise<void> {
  const info = await core.call('system.info', {}, systemActor('cli'));
  if (info.ok && (info.value as { initialized: boolean }).initialized) {
    logger.info('data directory already initialized; --demo ignored');
    return;
  }
  const res = await core.call('system.setup', { mode: 'demo' }, systemActor('cli'));
  if (!res.ok) throw new Error(`demo setup failed: ${res.error.message}`);
  logger.info('demo county loaded');
}

async function listen(
  core: Core,
  opts: { port: number; host: string; lan: boolean; hostNames: string[]; staticDir: string },
): Promise<Host> {
  const resourcesDir = path.join(repoRoot, 'resources');
  try {
    return await startHost({
      core,
      port: opts.port,
      host: opts.host,
      lan: opts.lan,
      hostNames: opts.hostNames,
      staticDir: opts.staticDir,
      resourcesDir: fs.existsSync(resourcesDir) ? resourcesDir : undefined,
      logger,
    });
  } catch (e) {
    await core.close();
    const code = (e as NodeJS.ErrnoException).code;
    const where = `${opts.host}:${opts.port}`;
    if (code === 'EADDRINUSE') die(2, bilingual('cli.port_taken', { where }));
    if (code === 'EACCES') die(2, bilingual('cli.port_denied', { where }));
    if (code === 'EADDRNOTAVAIL') die(2, bilingual('cli.no_address', { host: opts.host }));
    throw e;
  }
}

async function main(argv: string[]): Promise<void> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) die(2, `${bilingual(parsed.problem.key, parsed.problem.params)}\n\n${usage()}`);
  const o = parsed.options;
  if (o.help) {
    say(usage());
    return;
  }

  const dataDir = resolveDataDir(o.data);
  const problem = checkDataDir(dataDir);
  if (problem) die(2, bilingual(problem.key, problem.params));

  const staticDir = path.resolve(o.staticDir ?? path.join(repoRoot, 'out', 'renderer'));
  const built = fs.existsSync(path.join(staticDir, 'index.html'));

  const core = openCore(dataDir, o.lan);
  if (o.demo) await loadDemo(core);
  const host = await listen(core, {
    port: o.port,
    host: o.host,
    lan: o.lan,
    hostNames: o.hostNames,
    staticDir,
  });

  say(bilingual('cli.running', { url: `${host.url}/` }));
  say(bilingual('cli.data_dir', { dir: dataDir }));
  say(bilingual('cli.pid', { pid: process.pid }));
  logger.info('ready', { startupMs: Math.round(process.uptime() * 1000) });
  if (o.lan) say(bilingual('cli.lan_mode'));
  if (!built) {
    say(bilingual('cli.not_built'));
    logger.warn('renderer not built', { staticDir });
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      // A second Ctrl-C means "now": SQLite's WAL keeps every committed write anyway.
      die(1, bilingual('cli.forced_exit'));
    }
    stopping = true;
    logger.info('stopping', { signal });
    try {
      await host.close();
      await core.close();
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (e) {
      logger.error('shutdown failed', { error: String(e) });
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // The terminal it ran in was closed: stop as cleanly as on Ctrl-C.
  process.on('SIGHUP', () => void stop('SIGHUP'));
}

main(process.argv.slice(2)).catch((e: unknown) => {
  logger.error('fatal', { error: e instanceof Error ? e.stack : String(e) });
  process.exit(1);
});
