import type { TaskCtx } from './handler';

/**
 * Told how far a long loop is (`done` of `total`), now and then; resolves when the host
 * has breathed. The loops of imports take it, so their checks can say how far they are.
 */
export type Counted = (done: number, total: number) => Promise<void>;

/** For a loop nobody watches (a test, a check made again inside the writer). */
export const uncounted: Counted = () => Promise.resolve();

/** A long job's count to the screens, the host breathing between (TaskCtx, StepsCtx). */
export const countedBy =
  (ctx: Pick<TaskCtx, 'progress' | 'breathe'>): Counted =>
  (done, total) => {
    ctx.progress(done, total);
    return ctx.breathe();
  };
