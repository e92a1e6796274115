// @ts-check
/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads its config as CommonJS */
/*
 * Packaging the desktop app (ARCHITECTURE.md §2, §4): `npm run package -- --linux` or
 * `-- --win` (scripts/package.mjs checks what packaging needs first, then runs
 * electron-builder with this file). scripts/package-config.test.ts checks it.
 */
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const versionOf = (/** @type {string} */ name) =>
  require(path.join(root, 'node_modules', name, 'package.json')).version;

/**
 * The SQLite driver built for Electron, per platform and arch, from the project's cache
 * (scripts/electron-driver.ts fetches it): shipped beside the asar in resources/sqlite
 * and opened through better-sqlite3's nativeBinding (src/main/sqlite-driver.ts). The
 * Node build in node_modules stays out of the package; nothing is rebuilt at packaging.
 */
const driverDir = `.cache/electron-sqlite/better-sqlite3-${versionOf('better-sqlite3')}-electron-${versionOf('electron')}-\${platform}-\${arch}`;

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.dutyroom.desktop',
  productName: '应急值班指挥台',
  executableName: 'duty-room',
  copyright: 'Duty Room',
  directories: { output: 'dist', buildResources: 'build' },
  files: [
    'out/**',
    'package.json',
    '!**/*.map',
    // better-sqlite3's JavaScript only: its native build is the Node one (the tests').
    '!node_modules/better-sqlite3/build/**',
    '!node_modules/better-sqlite3/deps/**',
    '!node_modules/better-sqlite3/src/**',
  ],
  extraResources: [
    // Demo county, map styles and basemap data, read at run time.
    { from: 'resources', to: 'resources' },
    { from: driverDir, to: 'sqlite', filter: ['better_sqlite3.node'] },
  ],
  asar: true,
  npmRebuild: false,
  buildDependenciesFromSource: false,
  // Fuses (runAsNode off, NODE_OPTIONS off, --inspect off, …): flipped in afterPack.
  afterPack: 'build/after-pack.cjs',
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'resources/icons/512x512.png',
    artifactName: 'duty-room-${version}-setup-${arch}.${ext}',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    shortcutName: '应急值班指挥台',
  },
  linux: {
    // UOS and Kylin duty PCs run on arm64 as often as on x64.
    target: [
      { target: 'AppImage', arch: ['x64', 'arm64'] },
      { target: 'deb', arch: ['x64', 'arm64'] },
    ],
    icon: 'resources/icons',
    category: 'Office',
    maintainer: 'Duty Room',
    synopsis: '应急值班指挥台',
    artifactName: 'duty-room-${version}-${arch}.${ext}',
  },
};
