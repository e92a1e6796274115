#!/usr/bin/env node
/*
 * `npm start`: build if out/ is stale, then open the desktop app. Where Electron cannot
 * run (no binary: offline installs, blocked downloads; no display), say so plainly, say
 * how to get it, and serve the same app and data through the browser host instead.
 *
 *   npm start                 desktop app, or the browser version as a fallback
 *   npm start -- --browser    the browser version, even where Electron exists
 *   npm start -- --electron   Electron even without a detected display (xvfb, remote X)
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { ensureServerBundle } from './server-bundle.mjs';

// The decisions live in TypeScript beside their tests; tsx loads them without a build step.
/** @type {typeof import('./start-plan')} */
const {
  BROWSER_PORT,
  BROWSER_PORT_TRIES,
  browserFallbackMessage,
  buildFreshness,
  desktopDataDir,
  fallBackAfterExit,
  findElectronBinary,
  hasDisplay,
  missingElectronMessage,
  noDisplayMessage,
  planStart,
} = await tsImport('./start-plan.ts', import.meta.url);
/** @type {typeof import('./electron-driver')} */
const { ensureElectronDriver, realDriverIo } = await tsImport('./electron-driver.ts', import.meta.url);
/** @type {typeof import('../src/core/db/driver')} */
const { SQLITE_BINDING_ENV } = await tsImport('../src/core/db/driver.ts', import.meta.url);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const say = (text) => process.stdout.write(text + '\n');

/** A package's directory, found through its package.json (never its main: see start-plan.mjs). */
function packageDir(name) {
  try {
    return path.dirname(require.resolve(`${name}/package.json`, { paths: [root] }));
  } catch {
    return null;
  }
}

function binOf(name, bin) {
  const dir = packageDir(name);
  if (!dir) throw new Error(`${name} is not installed: run npm ci`);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const rel = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin[bin ?? name];
  return path.join(dir, rel);
}

function build() {
  say('正在构建… / Building (electron-vite build)…');
  const r = spawnSync(process.execPath, [binOf('electron-vite'), 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    say('构建失败，见上方信息。 / The build failed: see the messages above.');
    process.exit(r.status ?? 1);
  }
}

/** @param {number} port */
function isFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

async function firstFreePort() {
  for (let p = BROWSER_PORT; p < BROWSER_PORT + BROWSER_PORT_TRIES; p++) if (await isFree(p)) return p;
  return 0; // let the host pick one; it prints the address it got
}

/** Runs a child to the end, passing Ctrl-C on; resolves with how it ended. */
function runChild(cmd, args, env = process.env) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env });
    const forward = (sig) => child.kill(sig);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (err) => {
      say(`无法启动 ${cmd}：${err.message} / could not start ${cmd}: ${err.message}`);
      resolve({ code: 1, signal: null, ranMs: Date.now() - started });
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve({ code, signal, ranMs: Date.now() - started });
    });
  });
}

async function startBrowser() {
  const dataDir = desktopDataDir();
  const port = await firstFreePort();
  say(browserFallbackMessage(port ? `http://127.0.0.1:${port}/` : '（自动选择端口 / a free port）', dataDir));
  const r = await runChild(process.execPath, [
    await ensureServerBundle(),
    '--data',
    dataDir,
    '--port',
    String(port),
  ]);
  process.exit(r.code ?? 1);
}

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes('--browser') ? 'browser' : args.includes('--electron') ? 'electron' : null;
  const electronDir = packageDir('electron') ?? path.join(root, 'node_modules', 'electron');
  const binary = findElectronBinary(electronDir);
  const plan = planStart({ binary, display: hasDisplay(), fresh: buildFreshness(root).fresh, force });

  if (plan.build) build();

  if (plan.launch === 'browser') {
    if (plan.reason === 'no-binary') {
      let version = '?';
      try {
        version = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
      } catch {
        // the message still says what to do
      }
      say(
        missingElectronMessage({
          expected: binary.found ? null : binary.path,
          version,
          platform: process.platform,
          arch: process.arch,
        }),
      );
    } else if (plan.reason === 'no-display') {
      say(noDisplayMessage());
    }
    await startBrowser();
    return;
  }

  if (!binary.found) return; // planStart never launches without one; this narrows the type
  // ELECTRON_RUN_AS_NODE would turn the app into a plain Node process.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;

  // The SQLite driver built for Electron's ABI, beside node_modules' Node build.
  const sqliteDir = packageDir('better-sqlite3');
  if (!sqliteDir) throw new Error('better-sqlite3 is not installed: run npm ci');
  const versionOf = (dir) => JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
  const driver = await ensureElectronDriver(
    root,
    {
      sqliteVersion: versionOf(sqliteDir),
      electronVersion: versionOf(electronDir),
      platform: process.platform,
      arch: process.arch,
    },
    realDriverIo(sqliteDir, binOf('prebuild-install'), say),
  );
  if (!driver.ok) {
    say(driver.message);
    await startBrowser();
    return;
  }
  env[SQLITE_BINDING_ENV] = driver.file;
  say('正在打开桌面版… / Opening the desktop app…');
  const r = await runChild(binary.path, ['.'], env);
  if (fallBackAfterExit(r.code, r.signal, r.ranMs)) {
    say(
      `Electron 启动后立即退出（代码 ${r.code}）。 / Electron exited right after starting (code ${r.code}).`,
    );
    await startBrowser();
    return;
  }
  process.exit(r.code ?? 0);
}

main().catch((err) => {
  say(`npm start 失败 / failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
