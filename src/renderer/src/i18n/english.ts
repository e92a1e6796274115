import { domainLabels } from '../../../common/i18n/domain-labels';
import { messages } from '../../../common/i18n/messages';
import { areasEnglish } from '../../../common/areas/english';
import { enUS } from './en-US';

/**
 * The English strings of no renderer area: core's messages and code labels (the areas'
 * among them: `areasEnglish`, which the build keeps out of the manifests), the shell's. A chunk of its own, fetched with the areas' English by setup.ts `loadLocale`
 * only when someone chooses English.
 */
export const sharedEnglish: Record<string, string> = {
  ...messages['en-US'],
  ...domainLabels['en-US'],
  ...areasEnglish,
  ...enUS,
};
