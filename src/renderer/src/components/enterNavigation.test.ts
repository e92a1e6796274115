import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { moveAfterPick, noteKey } from './enterNavigation';

/**
 * The wait after Enter in an open drop-down, on the few parts of the DOM it reads: the
 * focused element, the window's next key, the drop-down's expanded state and the value it
 * shows. The race it guards against was met on a busy PC: the pick moved the cursor on,
 * Shift+Tab brought it back, and a check still waiting moved it on again.
 */
interface FakeCombo {
  attrs: Record<string, string>;
  shown: string;
  value: string;
}

function fakeCombo(): FakeCombo & HTMLElement {
  const combo = {
    attrs: { 'aria-expanded': 'true' } as Record<string, string>,
    shown: '特别重大',
    value: '重大',
    getAttribute(name: string) {
      return combo.attrs[name] ?? null;
    },
    closest(selector: string) {
      if (selector === '.ant-select')
        return { querySelector: () => ({ getAttribute: () => combo.shown }) };
      return null;
    },
  };
  return combo as unknown as FakeCombo & HTMLElement;
}

const doc = { activeElement: null as unknown };
const container = {} as HTMLElement;
const next = { name: 'next field' };

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('document', doc);
  vi.stubGlobal('window', new EventTarget());
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('moveAfterPick', () => {
  it('moves on once the list has closed on the pick', () => {
    const combo = fakeCombo();
    doc.activeElement = combo;
    noteKey(combo, 100);
    const move = vi.fn(() => (doc.activeElement = next));
    moveAfterPick(container, combo, 100, move);
    vi.advanceTimersByTime(0);
    expect(move).not.toHaveBeenCalled(); // still open: the pick is not in yet
    combo.attrs['aria-expanded'] = 'false';
    vi.advanceTimersByTime(25);
    expect(move).toHaveBeenCalledTimes(1);
    expect(doc.activeElement).toBe(next);
  });

  it('does not move the cursor on again when Shift+Tab has brought it back', () => {
    const combo = fakeCombo();
    doc.activeElement = combo;
    noteKey(combo, 200);
    const move = vi.fn(() => (doc.activeElement = next));
    moveAfterPick(container, combo, 200, move);
    // The Enter reaches the window before React has shown the pick: a retry is set.
    window.dispatchEvent(new Event('keydown'));
    combo.attrs['aria-expanded'] = 'false';
    vi.advanceTimersByTime(0); // the first timer finds the pick and moves on
    expect(move).toHaveBeenCalledTimes(1);
    doc.activeElement = combo; // Shift+Tab, before the retry has run
    vi.advanceTimersByTime(100);
    expect(move).toHaveBeenCalledTimes(1);
    expect(doc.activeElement).toBe(combo);
  });

  it('gives up when another key comes in the drop-down before the pick', () => {
    const combo = fakeCombo();
    doc.activeElement = combo;
    noteKey(combo, 300);
    const move = vi.fn();
    moveAfterPick(container, combo, 300, move);
    noteKey(combo, 301); // the user typed on
    combo.attrs['aria-expanded'] = 'false';
    vi.advanceTimersByTime(100);
    expect(move).not.toHaveBeenCalled();
  });

  it('leaves a list that stays open (nothing matched) with the focus, and stops waiting', () => {
    const combo = fakeCombo();
    doc.activeElement = combo;
    noteKey(combo, 400);
    const move = vi.fn();
    moveAfterPick(container, combo, 400, move);
    vi.advanceTimersByTime(2100);
    expect(move).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
