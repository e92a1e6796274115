import { ROUTES } from '../../src/common/areas';

/** The signed-in app's routes, one per menu entry: the areas' own list (src/common/areas), not a copy. */
export const AREAS = ROUTES;
