import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLIENT_KEY_PATTERN } from '../../components/clientKey';
import { clearDraft, loadDraft, newDraft, saveDraft } from './intakeDraft';

const KEY = 'duty-room.intake-draft';

/** The browser's localStorage, as far as the draft uses it; `broken` throws like a full or disabled store. */
function fakeStorage(broken = false) {
  const data = new Map<string, string>();
  const fail = () => {
    throw new Error('QuotaExceededError');
  };
  return {
    data,
    getItem: (k: string) => (broken ? fail() : (data.get(k) ?? null)),
    setItem: (k: string, v: string) => (broken ? fail() : void data.set(k, v)),
    removeItem: (k: string) => (broken ? fail() : void data.delete(k)),
  };
}

let storage = fakeStorage();
beforeEach(() => {
  storage = fakeStorage();
  vi.stubGlobal('window', { localStorage: storage, isSecureContext: false });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the intake draft', () => {
  it('starts empty, opened now, with a fresh client key', () => {
    const now = new Date('2026-11-29T02:05:30.123Z');
    const a = newDraft(now);
    expect(a).toMatchObject({
      openedAt: '2026-11-29T02:05:30.123Z',
      savedAt: null,
      attachTo: null,
      values: {},
    });
    expect(a.clientKey).toMatch(CLIENT_KEY_PATTERN);
    expect(newDraft(now).clientKey).not.toBe(a.clientKey);
  });

  it('comes back after a reload exactly as saved, client key included (a retried save is not a second one)', () => {
    const d = {
      ...newDraft(),
      savedAt: '2026-11-29T02:06:00.000Z',
      attachTo: { id: 'inc_1', number: '2026-0001', title: '白沙镇大风' },
      values: {
        title: '白沙镇大风',
        callerUnit: '白沙镇人民政府',
        dead: 0,
        notified: [{ who: '县长', at: '10:05' }],
      },
    };
    saveDraft(d);
    expect(loadDraft()).toEqual(d);
  });

  it('is gone once cleared (saved or discarded)', () => {
    saveDraft(newDraft());
    clearDraft();
    expect(loadDraft()).toBeNull();
    expect(storage.data.has(KEY)).toBe(false);
  });

  it('ignores what is not a draft: nothing, broken JSON, or another shape', () => {
    expect(loadDraft()).toBeNull();
    for (const raw of [
      '{',
      'null',
      '42',
      '"text"',
      '{"clientKey":1,"openedAt":"x","values":{}}',
      '{"clientKey":"k_12345678","values":{}}',
      '{"clientKey":"k_12345678","openedAt":"2026-11-29T02:05:30.123Z"}',
    ]) {
      storage.data.set(KEY, raw);
      expect(loadDraft(), raw).toBeNull();
    }
  });

  it('never breaks the form when storage is full or disabled', () => {
    vi.stubGlobal('window', { localStorage: fakeStorage(true), isSecureContext: false });
    expect(() => saveDraft(newDraft())).not.toThrow();
    expect(() => clearDraft()).not.toThrow();
    expect(loadDraft()).toBeNull();
  });
});
