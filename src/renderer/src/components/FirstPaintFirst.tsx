import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Renders its children only after the page around it has been committed, in a transition
 * (interruptible, under typing). A page that must show its key facts at once and has
 * heavier parts below (a form, a long list, side panels with their own reads) paints the
 * facts in its first task and builds the rest in the next: a saved intake shows its
 * incident's number, grade and deadlines without waiting for the next-step form.
 * Once shown, children render as usual (no second deferral on a later render).
 */
export function FirstPaintFirst({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!ready) startTransition(() => setReady(true));
  }, [ready]);
  return ready ? children : null;
}
