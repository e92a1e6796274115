import { useEffect } from 'react';
import { hrefOf, navigate } from '../router/hash';

/** The one key for a new intake (接报), shown beside every 接报 button. */
export const INTAKE_HOTKEY_LABEL = 'F2';
export const INTAKE_HREF = hrefOf('logs', ['new']);
/** Fired when the hotkey is pressed on the intake page itself: it focuses its first field. */
export const INTAKE_FOCUS_EVENT = 'duty-room:intake-focus';

export function isIntakeHotkey(e: KeyboardEvent): boolean {
  if (e.key === 'F2' && !e.ctrlKey && !e.altKey && !e.metaKey && !e.shiftKey) return true;
  // Alt+N for keyboards without handy function keys.
  return e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'n' || e.key === 'N' || e.code === 'KeyN');
}

export function openIntake(): void {
  if (window.location.hash.split('?')[0] === INTAKE_HREF) {
    window.dispatchEvent(new Event(INTAKE_FOCUS_EVENT));
  } else {
    navigate(INTAKE_HREF);
  }
}

/** F2 (or Alt+N) anywhere in the signed-in app opens the intake form. */
export function useIntakeHotkey(enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat || !isIntakeHotkey(e)) return;
      e.preventDefault();
      openIntake();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
