import { z } from 'zod';

// zod probes `new Function` for its fast path unless told not to; the app's CSP
// forbids eval in the page, so every entry point imports this module first. In Node
// (core in the browser host and in Electron's main process) there is no CSP, and the
// compiled path parses each call's input several times faster. zod decides when a
// schema is built, so this must run before any contract module is evaluated.
z.config({ jitless: typeof (globalThis as { window?: unknown }).window !== 'undefined' });

export { z };
