import type { InputOf, MethodName } from '../../../common/contract';

/**
 * Query keys start with the method's area (`settings.get` -> 'settings'), so an event
 * `settings.changed` can invalidate everything of that area with one prefix.
 */
export function areaOf(method: string): string {
  const dot = method.indexOf('.');
  return dot < 0 ? method : method.slice(0, dot);
}

export function queryKeyOf<N extends MethodName>(
  method: N,
  input: InputOf<N>,
): readonly [string, N, InputOf<N>] {
  return [areaOf(method), method, input] as const;
}
