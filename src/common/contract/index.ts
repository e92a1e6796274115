import type { z } from 'zod';
import { commonAreas } from '../areas';
import { foldMethods, type MethodRecord } from '../areas/define';

/**
 * The one method table both transports carry (ARCHITECTURE.md "The contract"): the fold
 * of every area's methods (src/common/areas). Names are `area.verb`.
 */
export const methods = foldMethods(commonAreas);

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type InputOf<N extends MethodName> = z.input<Methods[N]['input']>;
export type ParsedInputOf<N extends MethodName> = z.output<Methods[N]['input']>;
export type OutputOf<N extends MethodName> = z.output<Methods[N]['output']>;

/** A method table of any list of areas (the app's, or the app's plus a test's fixture area). */
export type MethodTable = MethodRecord;

export const methodNames = Object.keys(methods) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}

export type { Access, MethodDef } from './define';
