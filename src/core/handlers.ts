import type { HandlerTable } from './handler';
import { coreAreas } from './areas';
import { foldHandlers } from './areas/define';

/**
 * Every method of the contract has exactly one handler: the fold of the areas' core
 * manifests (src/core/areas). The type makes a missing one a compile error.
 */
export const handlers: HandlerTable = foldHandlers(coreAreas);
