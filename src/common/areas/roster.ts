import { defineArea } from './define';
import { rosterMethods } from '../contract/roster';
import { handoverMethods } from '../contract/handover';
import { rosterLabels } from '../i18n/roster-labels';
import { rosterMessages } from '../i18n/roster-messages';
import { rosterFiles } from '../i18n/roster-files';
import { mergeCatalogs } from '../i18n/catalog';

/** Rosters (值班表), the shift pattern and handovers (交接班): roster.*, shifts.*, handover.*. */
export const rosterArea = defineArea({
  id: 'roster',
  methods: { ...rosterMethods, ...handoverMethods },
  events: {
    'roster.changed': ['setup'],
    'shifts.changed': ['handover', 'roster'],
    'handover.changed': [],
  },
  routes: ['roster'],
  printRoutes: {
    handover: { fileTitle: 'printFile.handover', fileArg: 'arg' },
    roster: { fileTitle: 'printFile.roster', fileArg: 'arg' },
  },
  messages: rosterMessages,
  labels: mergeCatalogs(rosterLabels, rosterFiles),
});
