import { config } from 'zod/v4/core';

// zod probes `new Function` for its fast path unless told not to; the app's CSP
// forbids eval in the page, so every entry point imports this module first. In Node
// (core in the browser host and in Electron's main process) there is no CSP, and the
// compiled path parses each call's input several times faster. zod decides when a
// schema is built, so this must run before any contract module is evaluated. zod's
// settings are one global object: this sets it without pulling in the schema builders,
// so the renderer's first chunk carries none of zod (its pages load the contracts).
config({ jitless: typeof (globalThis as { window?: unknown }).window !== 'undefined' });
