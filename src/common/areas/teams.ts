import { defineArea } from './define';
import { teamMethods } from '../contract/teams';
import { dispatchMethods } from '../contract/dispatches';
import { expertMethods } from '../contract/experts';
import { teamsLabels } from '../i18n/teams-labels';
import { teamsMessages } from '../i18n/teams-messages';

/**
 * Rescue teams (救援队伍, under 应急准备): the register with members and certificates,
 * their layer on the map and in 周边分析, 查岗 of their duty phones, and their dispatch
 * (调派 → 归队) to incidents and drills as entries of the incident's timeline; the expert
 * panel (专家库) and consultations (会商) with their printed 会商纪要.
 */
export const teamsArea = defineArea({
  id: 'teams',
  methods: { ...teamMethods, ...dispatchMethods, ...expertMethods },
  events: {
    // The map draws the teams; certificates feed the reminders.
    'teams.changed': ['map', 'reminders'],
    // Who is where: the incident page, the teams' busy marks, the map and the wall.
    'dispatches.changed': ['teams', 'incidents', 'logs', 'map'],
    'experts.changed': ['reminders', 'consultations'],
    'consultations.changed': ['experts'],
  },
  routes: ['teams', 'experts'],
  // 会商纪要 (#/print/consultation/<id>).
  printRoutes: { consultation: { fileTitle: 'printFile.consultation', fileArg: 'arg' } },
  messages: teamsMessages,
  labels: teamsLabels,
});
