import type { InputOf, MethodName, OutputOf } from './contract';
import type { AppEvent, Unsubscribe } from './events';
import { ApiError, isErrorBody, type Result } from './result';

/**
 * What a transport (Electron IPC, HTTP + SSE, or a test double) must provide.
 * It never throws for an application error: those come back as `{ ok: false }`.
 */
export interface Transport {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (ev: AppEvent) => void, onStatus?: (s: ConnectionStatus) => void): Unsubscribe;
  /**
   * HTTP carries the operator's bearer token itself; over IPC the main process holds
   * it for the window, so the IPC transport ignores this.
   */
  setToken?(token: string | null): void;
}

export type ConnectionStatus = 'connecting' | 'open' | 'closed';

export interface Client {
  call<N extends MethodName>(method: N, input: InputOf<N>): Promise<OutputOf<N>>;
  setToken(token: string | null): void;
  subscribe(listener: (ev: AppEvent) => void, onStatus?: (s: ConnectionStatus) => void): Unsubscribe;
}

/** One typed client over any transport: errors become `ApiError`. */
export function createClient(transport: Transport): Client {
  return {
    async call(method, input) {
      const res = await transport.call(method, input);
      if (res && typeof res === 'object' && 'ok' in res) {
        if (res.ok) return res.value as never;
        if (isErrorBody(res.error)) throw new ApiError(res.error);
      }
      throw new ApiError({ code: 'internal', message: 'Malformed response', key: 'errors.internal' });
    },
    subscribe: (listener, onStatus) => transport.subscribe(listener, onStatus),
    setToken: (token) => transport.setToken?.(token),
  };
}
