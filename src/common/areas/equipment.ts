import { defineArea } from './define';
import { equipmentMethods } from '../contract/equipment';
import { equipmentLabels } from '../i18n/equipment-labels';
import { equipmentMessages } from '../i18n/equipment-messages';

/** Communication equipment (通讯设备): the register, check rounds, faults and their rectification. */
export const equipmentArea = defineArea({
  id: 'equipment',
  methods: equipmentMethods,
  events: {
    // The handover sheet lists checks due and faults open.
    'equipment.changed': ['handover'],
    'checks.changed': ['handover'],
    'faults.changed': ['handover'],
    'checkTemplates.changed': [],
  },
  routes: ['equipment'],
  printRoutes: {
    equipment: {
      fileTitle: { 'zh-CN': '通讯设备检查记录表', 'en-US': 'Equipment check sheet' },
      fileArg: 'range',
    },
  },
  messages: equipmentMessages,
  labels: equipmentLabels,
});
