// Imported before anything else by entry.tsx: both steps must happen before any
// library code runs (zod probes `new Function` on first use; antd injects styles on import).
import '../../../common/zod-config';
import { readCspNonce, stampStyleNonces } from './nonce';

export const cspNonce: string | undefined = readCspNonce();

if (cspNonce) stampStyleNonces(cspNonce);
