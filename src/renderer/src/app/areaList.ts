/** The app's areas, in the order of the left navigation (DESIGN.md §6 routes). */
export const AREAS = [
  'dashboard',
  'logs',
  'map',
  'equipment',
  'roster',
  'resources',
  'preparedness',
  'statistics',
  'settings',
] as const;
export type Area = (typeof AREAS)[number];

/** Areas still to be built; each shows an honest "not yet" page. */
export const COMING_AREAS: ReadonlySet<Area> = new Set(['preparedness', 'statistics']);

export function isArea(v: string | undefined): v is Area {
  return v !== undefined && (AREAS as readonly string[]).includes(v);
}
