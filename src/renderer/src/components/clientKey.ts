/**
 * A key per submission attempt (a draft, a dialog opening): the host saves a key once
 * and answers a repeat with the first result, so a double click or a retry after a
 * lost answer cannot save twice. Matches the contract's /^[A-Za-z0-9_-]{8,64}$/.
 */
export function newClientKey(): string {
  // randomUUID needs a secure context; a LAN wall or desk over plain http is not one.
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) {
    return `k_${crypto.randomUUID().replace(/-/g, '')}`;
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `k_${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export const CLIENT_KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
