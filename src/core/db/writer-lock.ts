/**
 * One writer at a time, in the order they asked. A write transaction is synchronous and
 * needs no lock; this is for the few jobs that keep one transaction open across awaits
 * (the demo load, an import checked row by row) so that progress reaches the screens
 * meanwhile: every other write waits its turn instead of landing inside their
 * transaction (one connection, so a nested write would join it, and roll back with it).
 */
export class WriterLock {
  private tail: Promise<void> = Promise.resolve();
  private held = false;

  /** Resolves when the lock is this caller's; call the returned function to pass it on. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const turn = this.tail.then(() => {
      this.held = true;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        this.held = false;
        release();
      };
    });
    this.tail = this.tail.then(() => next);
    return turn;
  }

  /** Runs `f` holding the lock, and passes the lock on however `f` ends. */
  async run<T>(f: () => T | Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await f();
    } finally {
      release();
    }
  }

  /** Whether someone holds it now: the background writers (search index) wait for later. */
  get busy(): boolean {
    return this.held;
  }
}
