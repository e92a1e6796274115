import { assembleMigrations } from '../db/migrations';
import { importTargetTable } from '../imports/registry';
import type { CoreArea } from './define';
import { systemCore } from './system';
import { operatorsCore } from './operators';
import { settingsCore } from './settings';
import { geoCore } from './geo';
import { dashboardCore } from './dashboard';
import { logsCore } from './logs';
import { resourcesCore } from './resources';
import { equipmentCore } from './equipment';
import { rosterCore } from './roster';
import { plansCore } from './plans';
import { drillsCore } from './drills';
import { teamsCore } from './teams';
import { remindersCore } from './reminders';
import { contactsCore } from './contacts';
import { warningsCore } from './warnings';
import { reviewCore } from './review';
import { suppliesCore } from './supplies';
import { wallCore } from './wall';
import { releasesCore } from './releases';
import { statisticsCore } from './statistics';

import { assessmentCore } from './assessment';
/**
 * Core's side of every area (ARCHITECTURE.md "Add an area"), one entry per area of
 * src/common/areas. The handler table, the schema history and the import targets are
 * folds over this list; createCore takes another list in tests (a fixture area).
 */
export const coreAreas = [
  systemCore,
  operatorsCore,
  geoCore,
  wallCore,
  dashboardCore,
  logsCore,
  resourcesCore,
  equipmentCore,
  rosterCore,
  remindersCore,
  contactsCore,
  warningsCore,
  plansCore,
  releasesCore,
  drillsCore,
  teamsCore,
  reviewCore,
  suppliesCore,
  statisticsCore,
  assessmentCore,
  settingsCore,
] as const;

/** Any list of core manifests (the app's, or the app's plus a fixture). */
export type CoreAreas = readonly CoreArea[];

/** The app's schema history, assembled from the areas: what a new data file is migrated through. */
export const coreMigrations = assembleMigrations(coreAreas);
export const coreImportTargets = importTargetTable(coreAreas);
