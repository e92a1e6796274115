import type { z } from 'zod';

/**
 * Who may call a method.
 * - public: anyone who can reach the transport: only what the sign-in screen needs
 *   (system.info, operators.list without phones, auth.signIn, auth.whoami). Without
 *   --lan any program on the PC reaches 127.0.0.1, so nothing else may be public; a
 *   test over every method and transport (src/main/anonymous-access.test.ts) holds it.
 * - read: a session, in every mode: a signed-in operator or a wall token
 * - write: an operator who has signed in
 * - admin: an operator with the 管理员 role
 */
export type Access = 'public' | 'read' | 'write' | 'admin';

export interface MethodDef<
  N extends string = string,
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
> {
  name: N;
  input: I;
  output: O;
  access: Access;
  /** Allowed without a signed-in operator while the data directory is still empty (first run). */
  firstRun?: boolean;
  /**
   * The largest request body the host reads for this method, in bytes, when more than
   * its default (2 MB): a county's division files run to tens of megabytes.
   */
  bodyLimit?: number;
  /** Event types this method emits after commit, for documentation and the parity test. */
  emits?: readonly string[];
  /**
   * A valid input, for the docs and for the generic bad-input test, which mutates it
   * field by field. Required whenever the input has fields (a test enforces it).
   */
  example?: z.input<I>;
}

export function defineMethod<N extends string, I extends z.ZodType, O extends z.ZodType>(
  def: MethodDef<N, I, O>,
): MethodDef<N, I, O> {
  return def;
}
