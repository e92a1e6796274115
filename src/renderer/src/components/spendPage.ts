import { createContext, useContext } from 'react';

/** A kept page's (app/KeptPages.tsx) way to say it is done with: the shell's, or nothing outside it. */
export const SpendPageContext = createContext<() => void>(() => undefined);

/**
 * For a kept page done with what it was opened for (the intake, saved): the shell builds it
 * afresh once it is hidden, so it is ready and empty when next shown (app/keptPages.ts).
 */
export function useSpendPage(): () => void {
  return useContext(SpendPageContext);
}
