export const REPO: string;
export const BUNDLE: string;
export function bundleIsFresh(): boolean;
export function buildServerBundle(): Promise<void>;
/** Rebuilds out/server/cli.mjs when any source is newer; returns its path. */
export function ensureServerBundle(): Promise<string>;
