import { describe, expect, it } from 'vitest';
import { WriterLock } from './writer-lock';

const tick = () => new Promise((r) => setImmediate(r));

describe('WriterLock', () => {
  it('gives the lock in the order asked, one holder at a time', async () => {
    const lock = new WriterLock();
    const log: string[] = [];
    const job = (name: string, steps: number) =>
      lock.run(async () => {
        log.push(`${name} in`);
        for (let i = 0; i < steps; i++) await tick();
        log.push(`${name} out`);
      });
    await Promise.all([job('a', 3), job('b', 1), job('c', 0)]);
    expect(log).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
  });

  it('passes the lock on when the holder fails, and says when it is held', async () => {
    const lock = new WriterLock();
    expect(lock.busy).toBe(false);
    const failing = lock.run(async () => {
      expect(lock.busy).toBe(true);
      await tick();
      throw new Error('boom');
    });
    const after = lock.run(() => 'next');
    await expect(failing).rejects.toThrow('boom');
    await expect(after).resolves.toBe('next');
    expect(lock.busy).toBe(false);
  });

  it('a release called twice does not let two in', async () => {
    const lock = new WriterLock();
    const release = await lock.acquire();
    const second = lock.acquire();
    const third = lock.acquire();
    release();
    release();
    const r2 = await second;
    let thirdIn = false;
    void third.then(() => (thirdIn = true));
    await tick();
    expect(thirdIn).toBe(false);
    r2();
    await tick();
    expect(thirdIn).toBe(true);
  });
});
