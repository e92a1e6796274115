import { describe, expect, it } from 'vitest';
import { rowsShown } from './rows';

const list = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
const none = () => false;

describe('rows the wall shows', () => {
  it('shows everything that fits, in order', () => {
    expect(ids(rowsShown(list('a', 'b', 'c'), 3, none))).toEqual(['a', 'b', 'c']);
    expect(ids(rowsShown(list('a', 'b'), 5, none))).toEqual(['a', 'b']);
  });

  it('keeps a line for 另有 N 起 when not all fit', () => {
    expect(ids(rowsShown(list('a', 'b', 'c', 'd', 'e'), 4, none))).toEqual(['a', 'b', 'c']);
    expect(ids(rowsShown(list('a', 'b', 'c'), 1, none))).toEqual(['a']);
  });

  it('fills the room above the 另有 N 起 line when it is told how many rows fit there', () => {
    // Two rows of room and a third part-way: the line fits under two.
    expect(ids(rowsShown(list('a', 'b', 'c', 'd'), 2, none, 2))).toEqual(['a', 'b']);
    // Never more than fit, never none.
    expect(ids(rowsShown(list('a', 'b', 'c', 'd'), 2, none, 3))).toEqual(['a', 'b']);
    expect(ids(rowsShown(list('a', 'b', 'c'), 1, none, 0))).toEqual(['a']);
    // All of them when they fit without the line.
    expect(ids(rowsShown(list('a', 'b'), 2, none, 1))).toEqual(['a', 'b']);
  });

  it('never hides a new arrival: it takes the last row, and the order stays the host’s', () => {
    const fresh = (id: string) => id === 'e';
    expect(ids(rowsShown(list('a', 'b', 'c', 'd', 'e', 'f'), 4, fresh))).toEqual(['a', 'b', 'e']);
  });

  it('several arrivals displace the least important rows, never each other, never beyond the room', () => {
    const fresh = (id: string) => ['b', 'e', 'f'].includes(id);
    expect(ids(rowsShown(list('a', 'b', 'c', 'd', 'e', 'f', 'g'), 4, fresh))).toEqual(['b', 'e', 'f']);
    const all = () => true;
    expect(ids(rowsShown(list('a', 'b', 'c', 'd', 'e'), 3, all))).toEqual(['a', 'b']);
  });
});
