import { defineArea } from './define';
import { capMethods } from '../contract/cap';
import { warningMethods } from '../contract/warnings';
import { warningsLabels } from '../i18n/warnings-labels';
import { warningsMessages } from '../i18n/warnings-messages';

/**
 * 预警叫应: warnings received from the issuing bodies, forwarded to towns and departments
 * from 通讯录, each recipient's 叫应 calls and 回执, and the 5/30-minute rules; their
 * exchange as CAP 1.2 alerts (GB/T 35965.1 profile).
 */
export const warningsArea = defineArea({
  id: 'warnings',
  methods: { ...warningMethods, ...capMethods },
  // The desk, the wall and the handover sheet show late 叫应; the rules move the yearly review.
  events: { 'warnings.changed': ['stats', 'handover', 'reminders'] },
  routes: ['warnings'],
  printRoutes: {},
  messages: warningsMessages,
  labels: warningsLabels,
});
