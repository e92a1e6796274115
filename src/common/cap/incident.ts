import type { Grade } from '../domain/incidents';

/** An incident's grade as CAP's severity (an ungraded one: Unknown). */
export const SEVERITY_OF_GRADE: Record<Grade, string> = {
  I: 'Extreme',
  II: 'Severe',
  III: 'Moderate',
  IV: 'Minor',
  unrated: 'Unknown',
};
