#!/usr/bin/env node
/*
 * `npm run package -- --linux | --win [--x64|--arm64] [--dir]`: the desktop app's
 * installers (build/electron-builder.config.cjs). First what packaging needs, each said
 * plainly when missing, exiting non-zero without a stack trace:
 *   1. the built app (built when stale);
 *   2. the Electron zip of every target, from .cache/electron-zips/ (then used as
 *      electronDist) or downloadable (ELECTRON_MIRROR, else GitHub);
 *   3. the SQLite driver built for Electron per target (scripts/electron-driver.ts);
 * then electron-builder, its output passed on without stack frames.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const say = (text) => process.stdout.write(text + '\n');

/** @type {typeof import('./package-plan')} */
const { electronZipDir, electronZipName, electronZipUrl, isStackFrame, packageTargets, zipMissingMessage } =
  await tsImport('./package-plan.ts', import.meta.url);
/** @type {typeof import('./electron-driver')} */
const { ensureElectronDriver, realDriverIo } = await tsImport('./electron-driver.ts', import.meta.url);
/** @type {typeof import('./start-plan')} */
const { buildFreshness } = await tsImport('./start-plan.ts', import.meta.url);

const pkgDir = (name) => path.dirname(require.resolve(`${name}/package.json`, { paths: [root] }));
const versionOf = (name) =>
  JSON.parse(fs.readFileSync(path.join(pkgDir(name), 'package.json'), 'utf8')).version;
const binOf = (name, bin = name) => {
  const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir(name), 'package.json'), 'utf8'));
  return path.join(pkgDir(name), typeof pkg.bin === 'string' ? pkg.bin : pkg.bin[bin]);
};

async function reachable(url) {
  try {
    const res = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(15_000) });
    return res.ok ? null : `HTTP ${res.status}`;
  } catch (err) {
    return err?.cause?.code ?? err?.message ?? String(err);
  }
}

async function main() {
  const args = process.argv.slice(2);
  const targets = packageTargets(args, process.platform, process.arch);
  const electronVersion = versionOf('electron');

  if (!buildFreshness(root).fresh) {
    say('正在构建… / Building (npm run build)…');
    const r = spawnSync(process.execPath, [binOf('electron-vite'), 'build'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }

  const zipDir = electronZipDir(root);
  const missing = targets.filter(
    (t) => !fs.existsSync(path.join(zipDir, electronZipName(electronVersion, t))),
  );
  for (const t of missing) {
    const why = await reachable(electronZipUrl(electronVersion, t, process.env.ELECTRON_MIRROR));
    if (why) {
      say(zipMissingMessage(electronVersion, missing, zipDir, why));
      process.exit(2);
    }
  }

  for (const t of targets) {
    const driver = await ensureElectronDriver(
      root,
      { sqliteVersion: versionOf('better-sqlite3'), electronVersion, platform: t.platform, arch: t.arch },
      realDriverIo(pkgDir('better-sqlite3'), binOf('prebuild-install'), say),
    );
    if (!driver.ok) {
      say(driver.message);
      process.exit(2);
    }
  }

  const builderArgs = ['--config', path.join('build', 'electron-builder.config.cjs'), ...args];
  if (!missing.length) builderArgs.push(`-c.electronDist=${zipDir}`);
  say(`electron-builder ${builderArgs.join(' ')}`);
  const child = spawn(process.execPath, [binOf('electron-builder'), ...builderArgs], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pass = (stream, to) => {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (!isStackFrame(line)) to.write(line + '\n');
    });
    stream.on('end', () => rest && !isStackFrame(rest) && to.write(rest + '\n'));
  };
  pass(child.stdout, process.stdout);
  pass(child.stderr, process.stderr);
  child.on('exit', (code) => process.exit(code ?? 1));
}

main().catch((err) => {
  say(`打包失败 / packaging failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
