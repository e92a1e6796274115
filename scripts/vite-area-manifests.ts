import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { commonAreas } from '../src/common/areas';
import { areasEnglish } from '../src/common/areas/english';
import type { Catalog } from '../src/common/areas/define';

/**
 * The renderer's build reads each shared area manifest (src/common/areas/<id>.ts) as its
 * data without the contract's methods: the renderer reaches methods by name through the
 * client and never uses their zod schemas at run time, but the manifests import them,
 * and with them zod, every contract file and the CAP parser would sit in the initial
 * JavaScript. The manifests are evaluated here, in Node, and each is written into the
 * bundle as JSON with `methods: {}` (its events, routes, print routes and catalogs kept).
 * Pages that do use a contract's schemas import them themselves, in their own chunks.
 *
 *
 * The manifests' English (their error messages and code labels in en-US) is left out
 * too, as `{}`: `src/common/areas/english.ts` is written as the data it computes (every
 * area's English merged), and only the renderer's English chunk imports it, when someone
 * chooses English (src/renderer/src/i18n/english.ts).
 *
 * Only at build (`npm run build`): the dev server and the tests read the sources. A
 * manifest file shaped otherwise than one `export const xArea = defineArea({ id: ... })`
 * is left as it is, with a warning.
 */
export function areaManifestsWithoutSchemas(areasDir: string): Plugin {
  const byId = new Map<string, unknown>(commonAreas.map((a) => [a.id, a]));
  const skip = new Set(['define.ts', 'index.ts', 'english.ts']);
  const chineseOnly = (c: Catalog | undefined) => c && { 'zh-CN': c['zh-CN'], 'en-US': {} };
  return {
    name: 'duty-room:area-manifests-without-schemas',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0]!;
      const base = path.basename(file);
      if (path.dirname(file) === areasDir && base === 'english.ts')
        return `export const areasEnglish = ${JSON.stringify(areasEnglish)};\n`;
      if (path.dirname(file) !== areasDir || skip.has(base) || !/^[a-z-]+\.ts$/.test(base)) return null;
      const src = fs.readFileSync(file, 'utf8');
      const found = [...src.matchAll(/^export const (\w+) = defineArea\(\{\s*id: '([\w-]+)'/gm)];
      const exports = src.match(/^export /gm)?.length ?? 0;
      const area = found.length === 1 ? byId.get(found[0]![2]!) : undefined;
      if (!area || exports !== 1) {
        this.warn(`${base}: not one defineArea export; kept with its schemas`);
        return null;
      }
      const { messages, labels } = area as { messages?: Catalog; labels?: Catalog };
      const data = { ...area, methods: {}, messages: chineseOnly(messages), labels: chineseOnly(labels) };
      const json = JSON.stringify(data, (key, value: unknown) => {
        if (typeof value === 'function') throw new Error(`${base}: ${key} is a function; a manifest is data`);
        return value;
      });
      return `export const ${found[0]![1]} = ${json};\n`;
    },
  };
}
