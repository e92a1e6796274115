import type { IncomingMessage } from 'node:http';

export const BODY_LIMIT = 2 * 1024 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; reason: 'too_large' | 'bad_json' };

/**
 * Reads a JSON request body of at most `limit` bytes. An empty body reads as `{}`, so
 * methods without input can be called with a bare POST. Bodies over the limit are not
 * buffered: declared ones are refused up front, streamed ones as soon as they cross it.
 */
export function readJsonBody(req: IncomingMessage, limit = BODY_LIMIT): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      resolve({ ok: false, reason: 'too_large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: BodyResult) => {
      if (done) return;
      done = true;
      resolve(r);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        finish({ ok: false, reason: 'too_large' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        // fatal: malformed UTF-8 is refused, not silently turned into U+FFFD.
        const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)).trim();
        if (text === '') return finish({ ok: true, value: {} });
        finish({ ok: true, value: JSON.parse(text) as unknown });
      } catch {
        finish({ ok: false, reason: 'bad_json' });
      }
    });
    req.on('error', () => finish({ ok: false, reason: 'bad_json' }));
    req.on('close', () => finish({ ok: false, reason: 'bad_json' }));
  });
}
