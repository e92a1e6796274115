import { apiClient } from './client';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const clean = (s: string, max: number) => s.replace(CONTROL, ' ').slice(0, max);

/**
 * Sends an error the renderer caught (an error boundary's) to the host's log. Best
 * effort: a host that is away or refuses it changes nothing on screen.
 */
export function reportRendererError(
  where: string,
  error: unknown,
  attempt: number,
  componentStack?: string,
): void {
  const e = error instanceof Error ? error : new Error(String(error));
  const stack = [e.stack ?? '', componentStack ? `component stack:${componentStack}` : '']
    .filter(Boolean)
    .join('\n');
  apiClient()
    .call('system.reportError', {
      where: clean(where, 80) || 'renderer',
      message: clean(`${e.name}: ${e.message}`, 2000),
      ...(stack ? { stack: clean(stack, 8000) } : {}),
      route: clean(window.location.hash.replace(/token=[^&]*/g, 'token=…'), 500),
      attempt: Math.min(attempt, 100_000),
    })
    .catch(() => undefined);
}
