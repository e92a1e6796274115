import type { Locale } from '../domain/roles';

/**
 * The one shape of every string catalog, in common and in the renderer: a flat table
 * per locale, keys like 'errors.fault_closed' or 'grade.I', values with {{param}}
 * placeholders and $t(key) references to other keys. zh-CN is the source of the keys;
 * en-US must have exactly the same ones, and the compiler says so.
 */
export type Catalog<Zh extends Record<string, string>> = {
  readonly 'zh-CN': Zh;
  readonly 'en-US': { readonly [K in keyof Zh]: string };
};

/** Pairs a Chinese table with its English one: a key missing or extra in English is a type error. */
export function catalog<const Zh extends Record<string, string>>(
  zh: Zh,
  en: { readonly [K in keyof Zh]: string },
): Catalog<Zh> {
  return { 'zh-CN': zh, 'en-US': en };
}

/** Two catalogs as one (an area's code labels and the words of its files, say); keys stay typed. */
export function mergeCatalogs<A extends Record<string, string>, B extends Record<string, string>>(
  a: Catalog<A>,
  b: Catalog<B>,
): Catalog<A & B> {
  return {
    'zh-CN': { ...a['zh-CN'], ...b['zh-CN'] },
    'en-US': { ...a['en-US'], ...b['en-US'] },
  } as Catalog<A & B>;
}

/** What is wrong with a pair of tables: keys on one side only, empty values. For tests. */
export function catalogProblems(tables: Record<Locale, Readonly<Record<string, string>>>): string[] {
  const zh = tables['zh-CN'];
  const en = tables['en-US'];
  return [
    ...Object.keys(zh)
      .filter((k) => !(k in en))
      .map((k) => `${k}: missing in en-US`),
    ...Object.keys(en)
      .filter((k) => !(k in zh))
      .map((k) => `${k}: missing in zh-CN`),
    ...(['zh-CN', 'en-US'] as const).flatMap((l) =>
      Object.entries(tables[l])
        // '' would make i18next fall back to Chinese; a lone space (a print page suffix) is meant.
        .filter(([, v]) => typeof v !== 'string' || v === '')
        .map(([k]) => `${k}: empty in ${l}`),
    ),
  ];
}

/**
 * Renders a template the way i18next does for our settings (no escaping, no key
 * separator): {{param}} and $t(key) references, so '$t(grade.{{grade}})' reads the
 * grade's label in the same language. One pass over the template only: a value the user
 * typed (an incident title holding "$t(grade.I)" or "{{x}}") is inserted as written,
 * never read as a reference.
 */
export function renderTemplate(
  lookup: (key: string) => string | undefined,
  template: string,
  params: Readonly<Record<string, string | number>> = {},
  depth = 0,
): string {
  const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));
  return template.replace(/\$t\(([^()]+)\)|\{\{(\w+)\}\}/g, (whole, ref?: string, param?: string) => {
    if (param !== undefined) return String(params[param] ?? '');
    const key = fill(ref!);
    const inner = depth > 3 ? undefined : lookup(key);
    return inner === undefined ? `$t(${key})` : renderTemplate(lookup, inner, params, depth + 1);
  });
}
