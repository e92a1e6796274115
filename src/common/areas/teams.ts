import { defineArea } from './define';
import { teamMethods } from '../contract/teams';
import { teamsLabels } from '../i18n/teams-labels';
import { teamsMessages } from '../i18n/teams-messages';

/**
 * Rescue teams (救援队伍, under 应急准备): the register with members and certificates,
 * their layer on the map and in 周边分析, 查岗 of their duty phones.
 */
export const teamsArea = defineArea({
  id: 'teams',
  methods: teamMethods,
  events: {
    // The map draws the teams; certificates feed the reminders.
    'teams.changed': ['map', 'reminders'],
  },
  routes: ['teams'],
  printRoutes: {},
  messages: teamsMessages,
  labels: teamsLabels,
});
