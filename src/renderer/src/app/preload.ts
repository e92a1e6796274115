import { loadDashboard } from '../areas/dashboard';
import { loadLogs } from '../areas/logs';

/** The sign-in screen's chunk (app/Gate.tsx). */
export const loadSignIn = () => import('../pages/SignInPage');

let started = false;

/**
 * Fetches the chunks a shift chief needs first, once the host has answered: the desk
 * (工作台) at once, the duty log with the intake form when the browser is next idle, so
 * F2 from anywhere waits for no download (and with it the sign-in screen, for 切换).
 * None of them is in the initial JavaScript.
 */
export function preloadDesk(): void {
  if (started) return;
  started = true;
  // A failed fetch here is tried again by the page's own lazy load when it is opened.
  void loadDashboard().catch(() => undefined);
  const logs = () => {
    void loadLogs().catch(() => undefined);
    void loadSignIn().catch(() => undefined);
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(logs, { timeout: 2000 });
  else window.setTimeout(logs, 200);
}
