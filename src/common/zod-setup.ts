import { z } from 'zod';

// zod probes `new Function` for its fast path unless told not to; the app's CSP
// forbids eval, so every entry point imports this module first.
z.config({ jitless: true });

export { z };
