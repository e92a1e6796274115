import type { ComponentType, ReactNode } from 'react';
import type { MenuGroup, PageProps, PrintPageProps, RendererArea } from './define';

/** One entry of the left navigation. */
export interface MenuItem {
  route: string;
  icon: ReactNode;
  labelKey: string;
  /** The area is still to be built: the entry says 待上线 and the page says so honestly. */
  coming: boolean;
  group?: MenuGroup;
}

/** The navigation as shown: entries, and headings holding theirs, in order. */
export type MenuNode = { item: MenuItem } | { group: MenuGroup; items: MenuItem[] };

/** Puts grouped entries under their heading, where the group's first entry stands. */
export function menuTree(items: readonly MenuItem[]): MenuNode[] {
  const out: MenuNode[] = [];
  const groups = new Map<string, MenuItem[]>();
  for (const item of items) {
    if (!item.group) {
      out.push({ item });
      continue;
    }
    const members = groups.get(item.group.key);
    if (members) members.push(item);
    else {
      const list = [item];
      groups.set(item.group.key, list);
      out.push({ group: item.group, items: list });
    }
  }
  return out;
}

/** The left navigation of a list of areas, in each entry's order. */
export function menuOf(areas: readonly RendererArea[]): MenuItem[] {
  return areas
    .flatMap((a) =>
      Object.entries(a.pages).map(([route, p]) => ({
        route,
        icon: p.icon,
        labelKey: p.labelKey,
        coming: a.area.coming === true,
        order: p.order,
        ...(p.group ? { group: p.group } : {}),
      })),
    )
    .sort((x, y) => x.order - y.order)
    .map(({ order: _order, ...item }) => item);
}

/** The page of a route (`logs`), or undefined when no area has it. */
export function pageOf(areas: readonly RendererArea[], route: string): ComponentType<PageProps> | undefined {
  for (const a of areas) {
    const pages = a.pages as Readonly<Record<string, { page: ComponentType<PageProps> }>>;
    if (Object.hasOwn(pages, route)) return pages[route]!.page;
  }
  return undefined;
}

/** The sheet of a print route (`#/print/roster/...` -> `roster`), or undefined. */
export function printPageOf(
  areas: readonly RendererArea[],
  name: string,
): ComponentType<PrintPageProps> | undefined {
  for (const a of areas) {
    const sheets = a.printPages as Readonly<Record<string, ComponentType<PrintPageProps>>>;
    if (Object.hasOwn(sheets, name)) return sheets[name];
  }
  return undefined;
}

/** Merges tables, refusing a key claimed by two areas. */
function merged(
  tables: readonly { id: string; strings: Readonly<Record<string, string>> }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  const owner = new Map<string, string>();
  for (const { id, strings } of tables) {
    for (const [k, v] of Object.entries(strings)) {
      const was = owner.get(k);
      if (was !== undefined && was !== id)
        throw new Error(`catalog key ${k} is declared by areas ${was} and ${id}`);
      owner.set(k, id);
      out[k] = v;
    }
  }
  return out;
}

/** Every area's Chinese UI strings, merged (a key claimed by two areas is refused). */
export function catalogOf(areas: readonly RendererArea[]): Record<string, string> {
  return merged(areas.map((a) => ({ id: a.area.id, strings: a.catalogs?.['zh-CN'] ?? {} })));
}

/** Every area's English UI strings, fetched (each area's own chunk) and merged. */
export async function englishCatalogOf(areas: readonly RendererArea[]): Promise<Record<string, string>> {
  const tables = await Promise.all(
    areas.map(async (a) => ({ id: a.area.id, strings: (await a.catalogs?.['en-US']()) ?? {} })),
  );
  return merged(tables);
}
