import type { UnionToIntersection } from '../../../common/areas/define';
import type { domainLabels } from '../../../common/i18n/domain-labels';
import type { messages } from '../../../common/i18n/messages';
import type { rendererAreas } from '../areas';
import type { zhCN } from './zh-CN';

/** The UI strings every renderer area brings (its manifest's catalogs), keys kept. */
type AreaCatalogs = UnionToIntersection<NonNullable<(typeof rendererAreas)[number]['catalogs']>['zh-CN']>;

/**
 * What setup.ts merges, as a type: core's messages and code labels, the shell's strings
 * and every area's. zh-CN is the source of the keys; each en-US table is typed to match.
 */
export type UiCatalog = {
  readonly [
    K in keyof ((typeof messages)['zh-CN'] & (typeof domainLabels)['zh-CN'] & typeof zhCN & AreaCatalogs)
  ]: string;
};

/** Any key t() accepts. */
export type TKey = keyof UiCatalog & string;

/**
 * A key built from data the compiler cannot follow (an area's route names its
 * 'coming.<route>.summary'): catalog.test.ts checks every value it takes instead.
 */
export const dataKey = (key: string): TKey => key as TKey;
