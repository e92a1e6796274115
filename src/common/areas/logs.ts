import { defineArea } from './define';
import { incidentMethods } from '../contract/incidents';
import { logMethods } from '../contract/logs';
import { logsFiles } from '../i18n/logs-files';

/**
 * The duty log (值班日志): intake (接报), each incident's closed loop of follow-ups,
 * verification, reporting, instructions and closing, and the log's deadlines. Methods
 * keep their names (incidents.*, logs.*, deadlines.*) and the route stays `#/logs`.
 */
export const logsArea = defineArea({
  id: 'logs',
  methods: { ...incidentMethods, ...logMethods },
  events: {
    // Statistics count incidents; the map draws them; the handover sheet lists them; a
    // drill's timeline times the records logged under it; a grade sets the release clocks.
    'incidents.changed': ['stats', 'map', 'handover', 'drills', 'releases'],
    // The handover sheet is assembled from the log; 统计 counts its 查岗 and reports.
    'logs.changed': ['handover', 'stats'],
    'deadlines.changed': ['setup'],
  },
  labels: logsFiles,
  routes: ['logs'],
  printRoutes: {
    incident: { fileTitle: 'printFile.incident', fileArg: 'arg' },
  },
});
