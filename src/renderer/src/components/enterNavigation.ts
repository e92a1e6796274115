import { useCallback, useLayoutEffect, useRef } from 'react';

/** Elements Enter moves between: fields, and whatever is marked as a stop (the save button). */
const STOPS = 'input:not([type=hidden]), textarea, [data-enter-stop]';

function focusable(el: HTMLElement): boolean {
  if ((el as HTMLInputElement).disabled || el.tabIndex < 0) return false;
  if (el.closest('[aria-hidden=true], [inert], .ant-select-dropdown')) return false;
  // Collapsed or hidden parts of the form are not stops.
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** When Enter last picked an option in each drop-down. */
const lastPick = new WeakMap<HTMLElement, number>();

export function focusNextField(container: HTMLElement, from: HTMLElement): boolean {
  const stops = [...container.querySelectorAll<HTMLElement>(STOPS)].filter(focusable);
  const i = stops.findIndex((s) => s === from || s.contains(from));
  const next = stops[i + 1];
  if (!next) return false;
  next.focus();
  if (next instanceof HTMLInputElement && next.type === 'text') next.select();
  return true;
}

/**
 * Keyboard-first forms (ARCHITECTURE.md §6): Enter moves to the next field, Ctrl+Enter (or
 * ⌘+Enter) saves from anywhere in the form. Enter keeps its own meaning where it has
 * one: in a text area (new line), on a button, and in an open drop-down (picks the option).
 * Returns a ref callback for the form's container.
 */
export function useEnterNavigation(
  onSubmit: () => void,
): (container: HTMLElement | null) => (() => void) | undefined {
  const submit = useRef(onSubmit);
  useLayoutEffect(() => {
    submit.current = onSubmit;
  });
  return useCallback((container: HTMLElement | null) => {
    if (!container) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || e.isComposing) return;
      const target = e.target as HTMLElement;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        e.stopPropagation();
        submit.current();
        return;
      }
      if (e.shiftKey || e.altKey) return;
      // A text area keeps Enter for new lines, unless it holds one line that merely wraps.
      const moves =
        target.tagName === 'INPUT' ||
        (target.tagName === 'TEXTAREA' && target.hasAttribute('data-enter-moves'));
      if (!moves) return;
      if (target.getAttribute('role') === 'combobox' && target.getAttribute('aria-expanded') === 'true') {
        // An open list: Enter picks the option. The list reports itself open for a moment
        // after a pick, so a second quick Enter moves on rather than picking again.
        const picked = lastPick.get(target);
        if (picked === undefined || e.timeStamp - picked > 400) {
          lastPick.set(target, e.timeStamp);
          return;
        }
      }
      e.preventDefault();
      e.stopPropagation();
      focusNextField(container, target);
    };
    // Capture phase: a closed drop-down would otherwise open on Enter instead of moving on.
    container.addEventListener('keydown', onKey, true);
    return () => container.removeEventListener('keydown', onKey, true);
  }, []);
}
