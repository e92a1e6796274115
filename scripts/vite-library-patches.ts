import type { Plugin } from 'vite';

/**
 * The renderer build's patches of antd's libraries, for speed, each found by its exact
 * text: a library whose code no longer reads as expected, or a patched file no longer
 * bundled, fails the build, so an upgrade is looked at. Only at build (`npm run build`),
 * as scripts/vite-area-manifests.ts.
 *
 * Measured once. Some of antd's components measure themselves in a layout effect every
 * time they are shown, and the shell shows a kept page again by making its <Activity>
 * visible, which runs every layout effect under it again (app/KeptPages.tsx, ARCHITECTURE
 * §6, ui.nav). Each measure forces a style and layout pass of the page just attached,
 * before the frame that would lay it out anyway. What they measure cannot have changed
 * while the page was hidden, so the renderer's build has them measure once per element:
 *
 * - rc-table's scrollbar probe (`getTargetScrollBarSize` of its body, once on mount):
 *   it adds a <style> to <head> and a probe <div> to <body>, reads it, and takes both out
 *   again. The answer depends on the body's own scrollbar style, which does not change:
 *   it is kept per body element.
 * - rc-select's search input of a multiple select (`syncWidth`): it sets the input's
 *   width to 0, reads its scrollWidth and resets it, for the text typed in it. Measured
 *   again only when that text (or the input) changes, as it already is on typing.
 * - rc-tabs' tab sizes: measured again when the tabs' keys or the direction change, and on
 *   resize, as the library means to, not from its effects run again by every showing.
 *
 * Rendered once. antd's Form gives its items a new context on every render of the form (a
 * tooltip setting merged into a new object, one of the context's memo keys), so every
 * Form.Item and every Form.useFormInstance under a form rendered again whenever the page
 * holding the form did: the intake's save state, a watched field typed. The merged setting
 * is memoised on what it is merged from.
 */
interface Patch {
  /** The end of the module's id (its file inside node_modules). */
  file: string;
  /** Exact text to find (each must occur as many times as given) and what replaces it. */
  edits: { find: string; replace: string; times: number }[];
  /** Appended to the module. */
  append?: string;
}

const PATCHES: Patch[] = [
  {
    file: '/@rc-component/table/es/Table.js',
    edits: [
      {
        find: 'setScrollbarSize(getTargetScrollBarSize(',
        replace: 'setScrollbarSize(__drScrollbarSizeOnce(',
        times: 2,
      },
    ],
    append: `
const __drScrollbarSizes = new WeakMap();
function __drScrollbarSizeOnce(el) {
  if (!(el instanceof Element)) return getTargetScrollBarSize(el);
  let size = __drScrollbarSizes.get(el);
  if (size === undefined) {
    size = getTargetScrollBarSize(el);
    __drScrollbarSizes.set(el, size);
  }
  return size;
}
`,
  },
  {
    file: '/@rc-component/select/es/SelectInput/Input.js',
    edits: [
      {
        find: 'const [widthCssVar, setWidthCssVar] = React.useState(undefined);',
        replace:
          'const [widthCssVar, setWidthCssVar] = React.useState(undefined);\n  const drMeasuredRef = React.useRef(null);',
        times: 1,
      },
      {
        find: `    if (syncWidth && input) {
      input.style.width = '0px';`,
        replace: `    const drMeasured = drMeasuredRef.current;
    if (syncWidth && input && !(drMeasured && drMeasured.input === input && drMeasured.value === value)) {
      drMeasuredRef.current = { input, value };
      input.style.width = '0px';`,
        times: 1,
      },
    ],
  },
  {
    // rc-tabs (antd Tabs) measures its tabs from two passive effects keyed on the tab keys
    // and the direction; showing a kept page runs them again with the same keys, and the
    // measure lands in the next commit's layout effect, before the frame has laid out the
    // page just attached: a forced layout of the whole page (27 ms of a warm switch to
    // 值班日志, ui.nav). Measured again when the keys or the direction change, as meant,
    // and on resize (its ResizeObserver), not on every showing.
    file: '/@rc-component/tabs/es/TabNavList/index.js',
    edits: [
      {
        find: `  useEffect(() => {
    updateTabSizes();
  }, [tabs.map(tab => tab.key).join('_')]);`,
        replace: `  const drMeasuredKeysRef = useRef(null);
  useEffect(() => {
    const keys = tabs.map(tab => tab.key).join('_');
    if (drMeasuredKeysRef.current === keys) return;
    drMeasuredKeysRef.current = keys;
    updateTabSizes();
  }, [tabs.map(tab => tab.key).join('_')]);`,
        times: 1,
      },
      {
        find: `  useEffect(() => {
    onListHolderResize();
    // eslint-disable-next-line
  }, [rtl]);`,
        replace: `  const drMeasuredRtlRef = useRef(null);
  useEffect(() => {
    if (drMeasuredRtlRef.current === rtl) return;
    drMeasuredRtlRef.current = rtl;
    onListHolderResize();
    // eslint-disable-next-line
  }, [rtl]);`,
        times: 1,
      },
    ],
  },
  {
    file: '/antd/es/form/Form.js',
    edits: [
      {
        find: `  const mergedTooltip = {
    ...contextTooltip,
    ...tooltip
  };`,
        replace: `  const mergedTooltip = React.useMemo(() => ({
    ...contextTooltip,
    ...tooltip
  }), [contextTooltip, tooltip]);`,
        times: 1,
      },
    ],
  },
];

export function libraryPatches(): Plugin {
  const applied = new Set<string>();
  return {
    name: 'duty-room:library-patches',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      applied.clear();
    },
    transform(code, id) {
      const file = id.split('?')[0]!.replace(/\\/g, '/');
      const patch = PATCHES.find((p) => file.endsWith(p.file));
      if (!patch) return null;
      applied.add(patch.file);
      let out = code;
      for (const e of patch.edits) {
        const n = out.split(e.find).length - 1;
        if (n !== e.times)
          throw new Error(
            `library-patches: ${patch.file} has ${n} of ${JSON.stringify(e.find)}, expected ${e.times}`,
          );
        out = out.split(e.find).join(e.replace);
      }
      return { code: out + (patch.append ?? ''), map: null };
    },
    buildEnd(error) {
      // A file no longer bundled from where it was (a library moved it) is not patched
      // silently either.
      const missed = PATCHES.filter((p) => !applied.has(p.file)).map((p) => p.file);
      if (!error && missed.length) throw new Error(`library-patches: never saw ${missed.join(', ')}`);
    },
  };
}
