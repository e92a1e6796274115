import type { ResponseData, ResponseState } from './contract/response-data';

/** Folds one response entry into the running response (null once it ends). */
export function foldResponse(prev: ResponseState | null, d: ResponseData, at: string): ResponseState | null {
  if (d.action === 'end' || d.level === null) return null;
  if (d.action === 'start' || !prev)
    return {
      planId: d.planId,
      planName: d.planName,
      level: d.level,
      decidedBy: d.decidedBy,
      document: d.document,
      since: at,
      adjustedAt: null,
    };
  return {
    ...prev,
    planId: d.planId,
    planName: d.planName,
    level: d.level,
    decidedBy: d.decidedBy,
    document: d.document,
    adjustedAt: at,
  };
}
