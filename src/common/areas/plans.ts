import { defineArea } from './define';
import { planMethods } from '../contract/plans';
import { responseMethods } from '../contract/response';
import { plansLabels } from '../i18n/plans-labels';
import { plansMessages } from '../i18n/plans-messages';
import { plansFiles } from '../i18n/plans-files';
import { mergeCatalogs } from '../i18n/catalog';

/**
 * Emergency plans (应急预案, under 应急准备): the register of plans and their versions
 * through the life cycle, the documents, response levels, and the 备案 / 评估 / 演练 clocks.
 */
export const plansArea = defineArea({
  id: 'plans',
  methods: { ...planMethods, ...responseMethods },
  events: {
    'plans.changed': ['reminders'],
  },
  routes: ['plans'],
  printRoutes: {},
  messages: plansMessages,
  labels: mergeCatalogs(plansLabels, plansFiles),
});
