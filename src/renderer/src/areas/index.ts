import { dashboardUi } from './dashboard';
import { logsUi } from './logs';
import { resourcesUi } from './resources';
import { equipmentUi } from './equipment';
import { rosterUi } from './roster';
import { remindersUi } from './reminders';
import { contactsUi } from './contacts';
import { warningsUi } from './warnings';
import { reviewUi } from './review';
import { plansUi } from './plans';
import { wallUi } from './wall';
import { releasesUi } from './releases';
import { statisticsUi } from './statistics';
import { drillsUi } from './drills';
import { suppliesUi } from './supplies';
import { teamsUi } from './teams';
import { settingsUi } from './settings';
import { assessmentUi } from './assessment';
import type { RendererArea } from './define';

/**
 * The renderer's side of every area that shows something (ARCHITECTURE.md "Add an
 * area"): the navigation, the pages, the printable sheets and the UI strings are folds
 * over this list. Areas with nothing on screen of their own (system, operators,
 * geography) have no entry.
 */
export const rendererAreas = [
  dashboardUi,
  remindersUi,
  logsUi,
  warningsUi,
  resourcesUi,
  equipmentUi,
  rosterUi,
  contactsUi,
  plansUi,
  wallUi,
  releasesUi,
  drillsUi,
  teamsUi,
  reviewUi,
  suppliesUi,
  statisticsUi,
  assessmentUi,
  settingsUi,
] as const satisfies readonly RendererArea[];
