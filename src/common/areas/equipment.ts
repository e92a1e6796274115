import { defineArea } from './define';
import { equipmentMethods } from '../contract/equipment';
import { equipmentLabels } from '../i18n/equipment-labels';
import { equipmentMessages } from '../i18n/equipment-messages';
import { equipmentFiles } from '../i18n/equipment-files';
import { mergeCatalogs } from '../i18n/catalog';

/** Communication equipment (通讯设备): the register, check rounds, faults and their rectification. */
export const equipmentArea = defineArea({
  id: 'equipment',
  methods: equipmentMethods,
  events: {
    // The handover sheet lists checks due and faults open; 统计 counts checks kept and faults.
    'equipment.changed': ['handover', 'setup', 'reminders', 'stats'],
    'checks.changed': ['handover', 'reminders', 'stats'],
    'faults.changed': ['handover', 'reminders', 'stats'],
    'checkTemplates.changed': [],
  },
  routes: ['equipment'],
  printRoutes: {
    equipment: {
      fileTitle: 'printFile.equipment',
      fileArg: 'range',
    },
  },
  messages: equipmentMessages,
  labels: mergeCatalogs(equipmentLabels, equipmentFiles),
});
