export type { EntryView, IncidentSummary } from '../../../../common/contract/incidents';
export type { OutputOf, InputOf } from '../../../../common/contract';
import type { OutputOf } from '../../../../common/contract';

export type IncidentDetailData = OutputOf<'incidents.get'>;
