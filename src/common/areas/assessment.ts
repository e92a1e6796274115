import { defineArea } from './define';
import { assessmentMethods } from '../contract/assessment';
import { assessmentLabels } from '../i18n/assessment-labels';
import { assessmentMessages } from '../i18n/assessment-messages';

/**
 * Assessment (考核): versioned schemes of indicators, weights and deductions; scores of
 * the duty room, each town and each department computed from the record; findings
 * (漏报/谎报/瞒报/脱岗) a leader records with evidence; the monthly/quarterly 通报,
 * frozen once issued, amended afterwards, printed on A4 and exported as XLSX.
 */
export const assessmentArea = defineArea({
  id: 'assessment',
  methods: assessmentMethods,
  events: {
    // Findings and 通报 are read under their own method prefixes; a finding is a duty-log
    // entry too, on its incident's timeline.
    'assessment.changed': ['findings', 'bulletins', 'logs', 'incidents'],
  },
  routes: ['assessment'],
  // 考核通报 (#/print/bulletin/<id>).
  printRoutes: { bulletin: { fileTitle: 'printFile.bulletin', fileArg: 'arg' } },
  messages: assessmentMessages,
  labels: assessmentLabels,
});
