import { areaLabels, areaMessages } from '.';

/**
 * Every area's English error messages and code labels, merged. The renderer fetches them
 * only when someone chooses English (src/renderer/src/i18n/english.ts): its build writes
 * this file as the data it computes and leaves the English out of the manifests
 * (scripts/vite-area-manifests.ts), so a Chinese desk never downloads it.
 */
export const areasEnglish: Readonly<Record<string, string>> = {
  ...areaMessages['en-US'],
  ...areaLabels['en-US'],
};
