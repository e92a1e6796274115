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
    // The handover sheet lists checks due and faults open.
    'equipment.changed': ['handover', 'setup', 'reminders'],
    'checks.changed': ['handover', 'reminders'],
    'faults.changed': ['handover', 'reminders'],
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
