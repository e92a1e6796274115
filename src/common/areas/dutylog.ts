import { defineArea } from './define';
import { incidentMethods } from '../contract/incidents';
import { logMethods } from '../contract/logs';
import { dutylogFiles } from '../i18n/dutylog-files';

/**
 * The duty log (值班日志): intake (接报), each incident's closed loop of follow-ups,
 * verification, reporting, instructions and closing, and the log's deadlines. Methods
 * keep their names (incidents.*, logs.*, deadlines.*) and the route stays `#/logs`.
 */
export const dutylogArea = defineArea({
  id: 'dutylog',
  methods: { ...incidentMethods, ...logMethods },
  events: {
    // Statistics count incidents; the map draws them; the handover sheet lists them.
    'incidents.changed': ['stats', 'map', 'handover'],
    // The handover sheet is assembled from the log.
    'logs.changed': ['handover'],
    'deadlines.changed': ['setup'],
  },
  labels: dutylogFiles,
  routes: ['logs'],
  printRoutes: {
    incident: { fileTitle: 'printFile.incident', fileArg: 'arg' },
  },
});
