import type { MethodDef } from '../contract/define';
import type { Locale } from '../domain/roles';

/**
 * An area's manifest, the part every side shares (ARCHITECTURE.md "Areas"): what the
 * contract carries for it, what it announces, what it shows. Core adds its handlers,
 * migrations and import targets (src/core/areas), the renderer its pages, menu entry and
 * strings (src/renderer/src/areas). The shared tables (the method table, the event
 * names, the route list, the message catalogs) are folds over one list of these.
 */

/** Strings of one kind, per locale. */
export type Catalog = Readonly<Record<Locale, Readonly<Record<string, string>>>>;

/**
 * What an event makes stale in a client besides the queries of its own area
 * (`incidents.changed` also refreshes `stats.*`, `map.*` and `handover.*`); 'all': everything.
 */
export type Invalidates = 'all' | readonly string[];

/** A printable sheet, `#/print/<name>/<arg>`: what its saved file is called. */
export interface PrintRouteDef {
  /**
   * The label key of the sheet's name at the head of its file name (值班表-2026-12.pdf):
   * a key of the area's own `labels`, which defineArea holds it to.
   */
  readonly fileTitle: string;
  /** What names one sheet: the route's argument (`print/roster/2026-12`) or its `?from=&to=` range. */
  readonly fileArg: 'arg' | 'range';
}

export type MethodRecord = Readonly<Record<string, MethodDef>>;

export interface CommonArea<
  Id extends string = string,
  M extends MethodRecord = MethodRecord,
  E extends string = string,
  R extends string = string,
  P extends string = string,
> {
  /** One name for the feature on every side: `logs` in common, core and renderer manifests alike. */
  readonly id: Id;
  /** Still to be built: the renderer shows an honest "not yet" page, and no method exists. */
  readonly coming?: boolean;
  /** The contract's methods of this area (`area.verb` names; the record's keys are the names). */
  readonly methods: M;
  /** The change events this area's writes emit, and what else each makes stale. */
  readonly events: Readonly<Record<E, Invalidates>>;
  /** Routes of the signed-in app this area answers (`#/logs/...`), each a menu entry in the renderer. */
  readonly routes: readonly R[];
  /** Printable sheets (`#/print/<name>/...`). */
  readonly printRoutes: Readonly<Record<P, PrintRouteDef>>;
  /** Messages core and hosts render (error texts), merged into the one error catalog. */
  readonly messages?: Catalog;
  /** Labels of this area's domain codes, merged into the one label catalog. */
  readonly labels?: Catalog;
}

/** The keys of an area's own label catalog. */
type LabelKeysOf<A> = A extends { readonly labels: infer C }
  ? C extends Catalog
    ? keyof C['zh-CN'] & string
    : never
  : never;

/**
 * Declares an area; `const` keeps every name literal, so the folds stay exactly typed.
 * A print route's file title must be a key of the area's labels: a misspelt one is a
 * compile error, not a raw key in a saved file's name.
 */
export function defineArea<const A extends CommonArea>(
  area: A & {
    readonly printRoutes: Readonly<Record<string, PrintRouteDef & { readonly fileTitle: LabelKeysOf<A> }>>;
  },
): A {
  return area;
}

/** `A | B` -> `A & B`: the fold of a list of records keeps every key's own type. */
export type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

/** Flattens an intersection into one object type (readable in errors and hovers). */
export type Flat<T> = { [K in keyof T]: T[K] };

type AnyArea = CommonArea<string, MethodRecord, string, string, string>;
type Areas = readonly AnyArea[];

/** The method table of a list of areas: every area's methods, each with its own schema types. */
export type MethodsOf<L extends Areas> = Flat<UnionToIntersection<L[number]['methods']>>;
/** Every event name the areas declare. */
export type EventNameOf<L extends Areas> = L[number] extends infer A
  ? A extends AnyArea
    ? keyof A['events'] & string
    : never
  : never;
/** Every route of the signed-in app. */
export type RouteNameOf<L extends Areas> = L[number]['routes'][number];
/** Every printable sheet. */
export type PrintRouteNameOf<L extends Areas> = L[number] extends infer A
  ? A extends AnyArea
    ? keyof A['printRoutes'] & string
    : never
  : never;
export type AreaIdOf<L extends Areas> = L[number]['id'];

function once(kind: string, seen: Set<string>, name: string, area: string): void {
  if (seen.has(name)) throw new Error(`${kind} ${name} is declared twice (again by area ${area})`);
  seen.add(name);
}

/**
 * Checks a list of areas as a whole: ids, methods, events, routes and print routes each
 * declared once; every method named `area.verb` after its key; no method in a coming area.
 */
export function checkAreas(areas: Areas): void {
  const ids = new Set<string>();
  const methods = new Set<string>();
  const events = new Set<string>();
  const routes = new Set<string>();
  const prints = new Set<string>();
  for (const a of areas) {
    once('area', ids, a.id, a.id);
    for (const [key, def] of Object.entries(a.methods)) {
      if (def.name !== key) throw new Error(`method ${key} of area ${a.id} is named ${def.name}`);
      if (!/^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/.test(key))
        throw new Error(`method ${key} of area ${a.id} is not an area.verb name`);
      if (a.coming) throw new Error(`area ${a.id} is still coming but declares method ${key}`);
      once('method', methods, key, a.id);
    }
    for (const ev of Object.keys(a.events)) once('event', events, ev, a.id);
    for (const r of a.routes) once('route', routes, r, a.id);
    for (const p of Object.keys(a.printRoutes)) once('print route', prints, p, a.id);
  }
}

/** The one method table of a list of areas. */
export function foldMethods<const L extends Areas>(areas: L): MethodsOf<L> {
  checkAreas(areas);
  return Object.assign({}, ...areas.map((a) => a.methods)) as MethodsOf<L>;
}

/** Event name -> what else it makes stale, over all areas. */
export function foldEvents(areas: Areas): Readonly<Record<string, Invalidates>> {
  return Object.assign({}, ...areas.map((a) => a.events)) as Record<string, Invalidates>;
}

/** The routes of the signed-in app, in the order of the list (e2e walks these). */
export function shellRoutes(areas: Areas): string[] {
  return areas.flatMap((a) => [...a.routes]);
}

/** Print route name -> its definition, over all areas. */
export function foldPrintRoutes(areas: Areas): Readonly<Record<string, PrintRouteDef>> {
  return Object.assign({}, ...areas.map((a) => a.printRoutes)) as Record<string, PrintRouteDef>;
}

/** The merged catalog of one kind (`messages` or `labels`) over all areas, per locale. */
export function foldCatalog(
  areas: Areas,
  kind: 'messages' | 'labels',
): Record<Locale, Record<string, string>> {
  const out: Record<Locale, Record<string, string>> = { 'zh-CN': {}, 'en-US': {} };
  for (const a of areas) {
    const c = a[kind];
    if (!c) continue;
    for (const loc of Object.keys(out) as Locale[]) Object.assign(out[loc], c[loc]);
  }
  return out;
}

/** The catalog type a fold produces, keys kept: `CatalogOf<typeof commonAreas, 'labels'>`. */
export type CatalogOf<L extends Areas, K extends 'messages' | 'labels'> = Flat<
  UnionToIntersection<ZhOf<L[number], K>>
>;
// Per area, distributed: an area without the catalog adds nothing (indexing the union
// directly would make the whole fold `never`).
type ZhOf<A, K extends 'messages' | 'labels'> = A extends { readonly [P in K]?: infer C }
  ? C extends Catalog
    ? C['zh-CN']
    : never
  : never;
