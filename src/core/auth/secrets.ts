import { createHash, randomBytes, randomUUID, scryptSync, timingSafeEqual } from 'node:crypto';

// scrypt cost: N=2^14 keeps a PIN check ~30 ms here while making offline guessing of
// a 4-8 digit PIN from a stolen database file slow.
const N = 16384;

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(pin, salt, 32, { N, r: 8, p: 1 });
  return `scrypt$${N}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export function checkPin(pin: string, stored: string): boolean {
  const [scheme, n, saltB64, keyB64] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !saltB64 || !keyB64) return false;
  const expected = Buffer.from(keyB64, 'base64');
  const got = scryptSync(pin, Buffer.from(saltB64, 'base64'), expected.length, {
    N: Number(n),
    r: 8,
    p: 1,
  });
  return timingSafeEqual(expected, got);
}

/** Bearer tokens: random, shown once, stored only as a SHA-256 hash. */
export function newToken(prefix: 'op' | 'wall'): string {
  return `${prefix}_${randomBytes(24).toString('base64url')}`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** 64 random bits in hex; randomUUID draws from a cached entropy pool, much cheaper per call than randomBytes. */
export function newId(prefix: string): string {
  return `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
}
