/*
 * What `npm run package` decides before electron-builder runs (scripts/package.mjs):
 * which platforms and architectures the flags ask for, which Electron zips they need,
 * and what to say when a zip cannot be had. Pure, so it is tested without packaging.
 */
import path from 'node:path';

export interface PackageTarget {
  platform: 'linux' | 'win32' | 'darwin';
  arch: 'x64' | 'arm64';
}

/**
 * The targets of the flags, as build/electron-builder.config.cjs lists them: --win is
 * NSIS x64; --linux is AppImage and deb for x64 and arm64 (or the one --x64/--arm64
 * names); no platform flag, this machine's platform.
 */
export function packageTargets(
  args: readonly string[],
  host: NodeJS.Platform,
  hostArch: string,
): PackageTarget[] {
  const archs = (['x64', 'arm64'] as const).filter((a) => args.includes(`--${a}`));
  const platforms: PackageTarget['platform'][] = [];
  if (args.includes('--win') || args.includes('-w')) platforms.push('win32');
  if (args.includes('--linux') || args.includes('-l')) platforms.push('linux');
  if (args.includes('--mac') || args.includes('-m')) platforms.push('darwin');
  if (!platforms.length) platforms.push(host === 'win32' ? 'win32' : host === 'darwin' ? 'darwin' : 'linux');
  const hostArchOf = hostArch === 'arm64' ? 'arm64' : 'x64';
  return platforms.flatMap((platform) => {
    const defaults: PackageTarget['arch'][] =
      platform === 'linux' ? ['x64', 'arm64'] : platform === 'win32' ? ['x64'] : [hostArchOf];
    return (archs.length ? archs : defaults).map((arch) => ({ platform, arch }));
  });
}

export function electronZipName(version: string, t: PackageTarget): string {
  return `electron-v${version}-${t.platform}-${t.arch}.zip`;
}

/** Where electron-builder would download a zip from: ELECTRON_MIRROR, else GitHub's releases. */
export function electronZipUrl(version: string, t: PackageTarget, mirror?: string): string {
  const base = mirror
    ? mirror.replace(/\/?$/, '/')
    : 'https://github.com/electron/electron/releases/download/';
  return `${base}v${version}/${electronZipName(version, t)}`;
}

/** The project folder whose zips packaging uses as electronDist, when every one is there. */
export function electronZipDir(root: string): string {
  return path.join(root, '.cache', 'electron-zips');
}

export function zipMissingMessage(
  version: string,
  missing: PackageTarget[],
  dir: string,
  why: string,
): string {
  const files = missing.map((t) => `    ${electronZipName(version, t)}`);
  return [
    '无法获取打包所需的 Electron 程序包，未打包。',
    `The Electron zips packaging needs cannot be had, so nothing was packaged (${why}).`,
    '',
    '需要的文件 / Files needed:',
    ...files,
    '',
    `  离线：把上面的文件放进 ${dir}${path.sep} 后重新运行（打包时作为 electronDist 使用）。`,
    `  Offline: put the files above into ${dir}${path.sep} and run again (used as electronDist).`,
    '  或联网 / or with a network:  ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm run package -- …',
    '',
  ].join('\n');
}

/** electron-builder's output as shown: its messages, not the stack frames under them. */
export function isStackFrame(line: string): boolean {
  return /^\s+at\s/.test(line) || /^\s*at (async )?[\w.<>]+ \(/.test(line);
}
