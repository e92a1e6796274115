import { defineArea } from './define';
import { releaseMethods } from '../contract/releases';
import { releasesLabels } from '../i18n/releases-labels';
import { releasesMessages } from '../i18n/releases-messages';

/**
 * 信息发布: an incident's public information — versioned drafts, internal review, the
 * county 宣传部's approval of that exact version, release and correction — and the
 * release clocks by grade (权威信息 within 5 h, 发布会 within 24 h for Ⅰ/Ⅱ).
 */
export const releasesArea = defineArea({
  id: 'releases',
  methods: releaseMethods,
  // The desk, the wall and the incident page read the clocks through releases.* themselves.
  events: { 'releases.changed': [] },
  routes: ['releases'],
  // 信息发布审批单 (#/print/release/<id>).
  printRoutes: { release: { fileTitle: 'printFile.release', fileArg: 'arg' } },
  messages: releasesMessages,
  labels: releasesLabels,
});
