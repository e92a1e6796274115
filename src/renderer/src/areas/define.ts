import type { ComponentType, ReactNode } from 'react';
import type { CommonArea } from '../../../common/areas/define';
import type { Operator } from '../../../common/contract/operators';
import type { SystemInfo } from '../../../common/contract/system';

/** What every page of the signed-in app is given: the route's second part (`#/equipment/faults`), who, where. */
export interface PageProps {
  sub: string | undefined;
  info: SystemInfo;
  operator: Operator;
}

/** What a printable sheet (`#/print/<name>/...`) is given; it stands alone, no header or menu. */
export interface PrintPageProps {
  parts: string[];
  query: URLSearchParams;
  /** `?auto=1`: open the print dialog once the sheet is ready. */
  auto: boolean;
  info: SystemInfo;
  operator: Operator;
}

/** A heading of the left navigation that holds the entries of several routes (应急准备). */
export interface MenuGroup {
  key: string;
  /** Catalog key of the heading (`nav.preparedness`). */
  labelKey: string;
  icon: ReactNode;
}

/** One route's page and its entry in the left navigation. */
export interface RoutePage {
  page: ComponentType<PageProps>;
  /** Place in the navigation, ascending (10, 20, ...: room between for new areas). */
  order: number;
  icon: ReactNode;
  /** Catalog key of the navigation label (`nav.logs`). */
  labelKey: string;
  /** The heading the entry sits under; the heading takes the place of its first entry. */
  group?: MenuGroup;
}

/** Strings of one language, keyed. */
export type Strings = Readonly<Record<string, string>>;

/**
 * An area's UI strings: the Chinese at hand (the default language, in the initial
 * JavaScript), the English fetched only once someone chooses it (i18n/setup.ts
 * `useLocale`), so a Chinese desk never downloads it. The English table has exactly the
 * Chinese keys (each `*.en-US.ts` is typed so).
 */
export interface AreaCatalogs<Z extends Strings> {
  readonly 'zh-CN': Z;
  readonly 'en-US': () => Promise<{ readonly [K in keyof Z]: string }>;
}

/**
 * An area's renderer manifest (ARCHITECTURE.md "Add an area"): one page per route of
 * its shared manifest, one sheet per print route (the types make a missing one a
 * compile error), and its own strings.
 */
export interface RendererArea<C extends CommonArea = CommonArea, Z extends Strings = Strings> {
  readonly area: C;
  readonly pages: { readonly [R in C['routes'][number]]: RoutePage };
  readonly printPages: { readonly [P in keyof C['printRoutes']]: ComponentType<PrintPageProps> };
  /** The area's UI strings (zh-CN, and a loader of en-US with the same keys); their keys type t(). */
  readonly catalogs?: AreaCatalogs<Z>;
}

// Z is never for an area without strings, so it adds no keys to t()'s type.
export function defineRendererArea<const C extends CommonArea, const Z extends Strings = never>(
  area: C,
  parts: Omit<RendererArea<C, Z>, 'area'>,
): RendererArea<C, Z> {
  return { area, ...parts };
}
