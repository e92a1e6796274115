export { createCore, outputChecksFromEnv, APP_VERSION, type Core, type CoreOptions, type CallMeta } from './core';
export { anonymous, systemActor, type Actor, type Via } from './actor';
export { clockFromEnv, TEST_CLOCK_ENV, type Clock } from './clock';
export { DbTooNewError } from './db/migrate';
export { stderrLogger, silentLogger, type Logger } from './logger';
