import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { areaManifestsWithoutSchemas } from './scripts/vite-area-manifests';
import { libraryPatches } from './scripts/vite-library-patches';

/** The placeholder vite stamps on <script>/<style> tags; hosts swap it for a fresh nonce per load. */
export const CSP_NONCE_PLACEHOLDER = '__DUTY_ROOM_CSP_NONCE__';

export default defineConfig({
  main: {
    build: {
      // core.js is the core's own process (src/main/core-child.ts), started as a utilityProcess.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          core: resolve(__dirname, 'src/main/core-child.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // The shared area manifests without their zod schemas (scripts/vite-area-manifests.ts);
    // antd's tables, selects and tabs measured once, not on every showing, and its forms'
    // context kept across renders (scripts/vite-library-patches.ts).
    plugins: [react(), areaManifestsWithoutSchemas(resolve(__dirname, 'src/common/areas')), libraryPatches()],
    html: { cspNonce: CSP_NONCE_PLACEHOLDER },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default; the browser host serves it over the LAN.
      minify: true,
      // Fonts and icons stay files: the CSP allows font-src 'self', not data:.
      assetsInlineLimit: 0,
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
});
