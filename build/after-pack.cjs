// @ts-check
/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads hooks as CommonJS */
/*
 * electron-builder afterPack hook: flips Electron's fuses in the packaged binary
 * (ARCHITECTURE.md §4: runAsNode off, NODE_OPTIONS off, inspect off), so a shipped app
 * cannot be turned into a general-purpose Node runtime or opened to a debugger.
 *
 * @electron/fuses is a packaging-time dependency only (it downloads nothing); it is not
 * installed on the offline development machines. Without it packaging FAILS rather than
 * shipping an unfused binary.
 */
const path = require('node:path');

/**
 * The fuse settings, by FuseV1Options name. Kept as data so scripts/fuses.test.ts can
 * check them without @electron/fuses installed.
 */
const FUSES = {
  // `ELECTRON_RUN_AS_NODE=1 app.exe script.js` would run any script with the app's rights.
  RunAsNode: false,
  // NODE_OPTIONS=--require=... would inject code into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect / --inspect-brk would open a debugger port to the main process.
  EnableNodeCliInspectArguments: false,
  // The app loads only from its (integrity-checked) asar, never from a loose folder beside it.
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  // Cookies at rest are encrypted with the OS keystore (we set none, but Chromium may).
  EnableCookieEncryption: true,
  // The renderer is served from app://; file:// needs no extra powers.
  GrantFileProtocolExtraPrivileges: false,
  LoadBrowserProcessSpecificV8Snapshot: false,
};

/** @param {{ appOutDir: string, electronPlatformName: string, arch: number, packager: { appInfo: { productFilename: string }, executableName?: string } }} context */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  }
  const exe = packager.executableName ?? packager.appInfo.productFilename;
  return path.join(appOutDir, electronPlatformName === 'win32' ? `${exe}.exe` : exe);
}

/** @param {Parameters<typeof electronBinaryPath>[0]} context */
async function afterPack(context) {
  let fuses;
  try {
    fuses = require('@electron/fuses');
  } catch {
    throw new Error(
      '打包需要 @electron/fuses（npm i -D @electron/fuses），否则发布的程序没有关闭 runAsNode 等开关。\n' +
        '@electron/fuses is required to package (npm i -D @electron/fuses): without it the binary would ship with runAsNode and friends on.',
    );
  }
  const { flipFuses, FuseVersion, FuseV1Options } = fuses;
  /** @type {Record<string, unknown>} */
  const settings = { version: FuseVersion.V1, resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' };
  for (const [name, value] of Object.entries(FUSES)) {
    if (!(name in FuseV1Options)) throw new Error(`unknown fuse ${name} in this @electron/fuses version`);
    settings[FuseV1Options[name]] = value;
  }
  await flipFuses(electronBinaryPath(context), /** @type {any} */ (settings));
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
module.exports.electronBinaryPath = electronBinaryPath;
