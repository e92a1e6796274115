import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const afterPack = require('../build/after-pack.cjs') as {
  FUSES: Record<string, boolean>;
  electronBinaryPath(ctx: unknown): string;
  (ctx: unknown): Promise<void>;
};

describe('packaging fuses (build/after-pack.cjs)', () => {
  it('turns off runAsNode, NODE_OPTIONS and --inspect (ARCHITECTURE.md §4)', () => {
    expect(afterPack.FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('finds the packaged binary per platform', () => {
    const packager = { appInfo: { productFilename: '应急值班指挥台' }, executableName: 'duty-room' };
    expect(afterPack.electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe(
      '/o/duty-room',
    );
    expect(afterPack.electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(
      '/o/duty-room.exe',
    );
    expect(afterPack.electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe(
      '/o/应急值班指挥台.app',
    );
  });

  it('refuses to package without @electron/fuses rather than ship an unfused binary', async () => {
    let installed = true;
    try {
      require.resolve('@electron/fuses');
    } catch {
      installed = false;
    }
    if (installed) return; // where it is installed, packaging flips the fuses for real
    await expect(
      afterPack({
        appOutDir: '/nonexistent',
        electronPlatformName: 'linux',
        packager: { appInfo: { productFilename: 'x' } },
      }),
    ).rejects.toThrow(/@electron\/fuses/);
  });
});
