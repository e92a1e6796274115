import { defineArea } from './define';
import { reviewMethods } from '../contract/review';
import { reviewLabels } from '../i18n/review-labels';
import { reviewMessages } from '../i18n/review-messages';

/**
 * Drill review (演练评估与整改): AQ/T 9009 evaluation of drills, the 演练评估报告 and the
 * campaign's 总结报告, and the rectification of what the evaluations found.
 */
export const reviewArea = defineArea({
  id: 'review',
  methods: reviewMethods,
  events: {
    'evaluations.changed': ['drills'],
    // Open 整改 are unfinished items on the handover sheet and count on the campaign board.
    'rectifications.changed': ['handover', 'drills', 'evaluations', 'plans', 'reminders'],
  },
  routes: ['review'],
  printRoutes: {
    evaluation: { fileTitle: 'printFile.evaluation', fileArg: 'arg' },
    campaignSummary: { fileTitle: 'printFile.campaignSummary', fileArg: 'arg' },
  },
  messages: reviewMessages,
  labels: reviewLabels,
});
