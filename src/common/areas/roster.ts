import { defineArea } from './define';
import { rosterMethods } from '../contract/roster';
import { handoverMethods } from '../contract/handover';
import { rosterLabels } from '../i18n/roster-labels';
import { rosterMessages } from '../i18n/roster-messages';

/** Rosters (值班表), the shift pattern and handovers (交接班): roster.*, shifts.*, handover.*. */
export const rosterArea = defineArea({
  id: 'roster',
  methods: { ...rosterMethods, ...handoverMethods },
  events: {
    'roster.changed': [],
    'shifts.changed': ['handover', 'roster'],
    'handover.changed': [],
  },
  routes: ['roster'],
  printRoutes: {
    handover: { fileTitle: { 'zh-CN': '值班交接班记录', 'en-US': 'Handover record' }, fileArg: 'arg' },
    roster: { fileTitle: { 'zh-CN': '值班表', 'en-US': 'Duty roster' }, fileArg: 'arg' },
  },
  messages: rosterMessages,
  labels: rosterLabels,
});
