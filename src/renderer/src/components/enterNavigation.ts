import { useCallback, useLayoutEffect, useRef } from 'react';

/** Elements Enter moves between: fields, and whatever is marked as a stop (the save button). */
const STOPS = 'input:not([type=hidden]), textarea, [data-enter-stop]';

function focusable(el: HTMLElement): boolean {
  if ((el as HTMLInputElement).disabled || el.tabIndex < 0) return false;
  if (el.closest('[aria-hidden=true], [inert], .ant-select-dropdown')) return false;
  // Collapsed or hidden parts of the form are not stops.
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

export function focusNextField(container: HTMLElement, from: HTMLElement): boolean {
  const stops = [...container.querySelectorAll<HTMLElement>(STOPS)].filter(focusable);
  const i = stops.findIndex((s) => s === from || s.contains(from));
  const next = stops[i + 1];
  if (!next) return false;
  next.focus();
  if (next instanceof HTMLInputElement && next.type === 'text') next.select();
  return true;
}

/** Each drop-down's latest key press: a wait for a pick ends when another key comes. */
const lastKey = new WeakMap<HTMLElement, number>();

/** Notes a key pressed in an element (the form's key handler does, for every key). */
export function noteKey(target: HTMLElement, stamp: number): void {
  lastKey.set(target, stamp);
}

/**
 * After Enter in an open drop-down: once the list has closed on the pick, move on. A list
 * that stays open (nothing matched what was typed, or a multiple choice) keeps the focus,
 * so nothing is skipped silently. The move happens in the same key event, right after
 * the drop-down's own handler (React's, at the root) has picked, so whatever is typed
 * next lands in the next field. Should the list close later (a busy PC), it is waited
 * for until the next key.
 */
export function moveAfterPick(
  container: HTMLElement,
  combo: HTMLElement,
  key: number,
  move: (container: HTMLElement, from: HTMLElement) => unknown = focusNextField,
): void {
  if (combo.closest('.ant-select-multiple')) return;
  const until = Date.now() + 2000;
  // Several checks wait at once (the window's next key, a timer, the timer's retries). The
  // first to find the pick in, or the focus gone, ends them all: a late one must not find
  // the cursor back in the drop-down (Shift+Tab from the next field) and move it on again.
  let over = false;
  const shown = () =>
    combo.closest('.ant-select')?.querySelector('.ant-select-content')?.getAttribute('title');
  const before = shown();
  const typed = () => (combo as HTMLInputElement).value;
  const typedBefore = typed();
  const check = () => {
    if (over) return;
    if (document.activeElement !== combo || lastKey.get(combo) !== key) {
      over = true;
      return;
    }
    // Picked: the list closed or (while it still reports itself open) the value shown
    // changed or the typed filter was cleared.
    const picked =
      combo.getAttribute('aria-expanded') !== 'true' ||
      shown() !== before ||
      (typedBefore !== '' && typed() === '');
    if (picked) {
      over = true;
      move(container, combo);
    } else if (Date.now() < until) setTimeout(check, 25);
    else over = true;
  };
  window.addEventListener('keydown', () => check(), { once: true });
  // In case the drop-down stopped the event before it reached the window.
  setTimeout(check, 0);
}

/**
 * Keyboard-first forms (ARCHITECTURE.md §6): Enter moves to the next field, Ctrl+Enter (or
 * ⌘+Enter) saves from anywhere in the form. Enter keeps its own meaning where it has
 * one: in a text area (new line) and on a button. In an open drop-down one Enter picks
 * the highlighted option and moves on.
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
      const target = e.target as HTMLElement;
      noteKey(target, e.timeStamp);
      if (e.key !== 'Enter' || e.isComposing) return;
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
        // An open list: the drop-down itself takes this Enter and picks; the move follows
        // once the pick is in (a second Enter was needed before, and typed ahead of it
        // landed in the wrong field).
        moveAfterPick(container, target, e.timeStamp);
        return;
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
