/** The app's areas as their routes (mirrors src/renderer/src/app/areas.tsx; e2e must not import the renderer). */
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
