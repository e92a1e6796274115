import { isRouteName, type RouteName } from '../../../common/areas';
import { rendererAreas } from '../areas';
import { menuOf } from '../areas/fold';

/** The app's areas as routes, in the order of the left navigation: a fold of the manifests (src/renderer/src/areas). */
export const AREAS: readonly RouteName[] = menuOf(rendererAreas).map((m) => m.route as RouteName);
export type Area = RouteName;

/** Areas still to be built; each shows an honest "not yet" page. */
export const COMING_AREAS: ReadonlySet<Area> = new Set(
  menuOf(rendererAreas)
    .filter((m) => m.coming)
    .map((m) => m.route as RouteName),
);

export function isArea(v: string | undefined): v is Area {
  return isRouteName(v);
}
