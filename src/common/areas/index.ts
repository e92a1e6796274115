import {
  foldCatalog,
  foldEvents,
  foldPrintRoutes,
  shellRoutes,
  type AreaIdOf,
  type EventNameOf,
  type PrintRouteNameOf,
  type RouteNameOf,
} from './define';
import { systemArea } from './system';
import { operatorsArea } from './operators';
import { settingsArea } from './settings';
import { geoArea } from './geo';
import { wallArea } from './wall';
import { dashboardArea } from './dashboard';
import { logsArea } from './logs';
import { resourcesArea } from './resources';
import { equipmentArea } from './equipment';
import { rosterArea } from './roster';
import { remindersArea } from './reminders';
import { contactsArea } from './contacts';
import { reviewArea } from './review';
import { plansArea } from './plans';
import { releasesArea } from './releases';
import { statisticsArea } from './statistics';
import { drillsArea } from './drills';
import { suppliesArea } from './supplies';
import { warningsArea } from './warnings';
import { teamsArea } from './teams';

import { assessmentArea } from './assessment';
/**
 * Every area of the app, the shared side of each (ARCHITECTURE.md "Add an area"). The
 * method table, event names, routes, print routes and the error and label catalogs are
 * folds over this list; core and the renderer keep their own lists of the same ids.
 */
export const commonAreas = [
  systemArea,
  operatorsArea,
  geoArea,
  wallArea,
  dashboardArea,
  logsArea,
  resourcesArea,
  equipmentArea,
  rosterArea,
  remindersArea,
  contactsArea,
  warningsArea,
  plansArea,
  releasesArea,
  drillsArea,
  teamsArea,
  reviewArea,
  suppliesArea,
  statisticsArea,
  assessmentArea,
  settingsArea,
] as const;

export type CommonAreas = typeof commonAreas;
export type AreaId = AreaIdOf<CommonAreas>;
/** A change event's name: emitting a misspelt one is a compile error. */
export type EventName = EventNameOf<CommonAreas>;
/** A route of the signed-in app (`#/logs`): `logs`, `map`, ... */
export type RouteName = RouteNameOf<CommonAreas>;
/** A printable sheet (`#/print/<name>/...`). */
export type PrintRouteName = PrintRouteNameOf<CommonAreas>;

export const eventInvalidations = foldEvents(commonAreas);
export const printRoutes = foldPrintRoutes(commonAreas);
/** The signed-in app's routes (e2e walks every one). */
export const ROUTES = shellRoutes(commonAreas) as RouteName[];
export const areaMessages = foldCatalog(commonAreas, 'messages');
export const areaLabels = foldCatalog(commonAreas, 'labels');

export function isRouteName(v: string | undefined): v is RouteName {
  return v !== undefined && (ROUTES as readonly string[]).includes(v);
}
