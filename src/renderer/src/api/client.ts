import { createClient, type Client, type Transport } from '../../../common/client';
import { createHttpTransport } from '../../../common/transport/http';
import { createIpcTransport } from '../../../common/transport/ipc';

type SessionLostListener = () => void;
const sessionLostListeners = new Set<SessionLostListener>();

/** Called when the host says the token is no longer good (HTTP 401, revoked session). */
export function onSessionLost(listener: SessionLostListener): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

export function reportSessionLost(): void {
  for (const l of sessionLostListeners) l();
}

function pickTransport(): Transport {
  // The Electron preload exposes `window.dutyRoom`; anywhere else we are served by the browser host.
  if (window.dutyRoom) return createIpcTransport(window.dutyRoom);
  return createHttpTransport({ baseUrl: '', onUnauthorized: reportSessionLost });
}

let instance: Client | null = null;

/** The one client of this page. */
export function apiClient(): Client {
  instance ??= createClient(pickTransport());
  return instance;
}

export const isDesktop = (): boolean => Boolean(window.dutyRoom);
