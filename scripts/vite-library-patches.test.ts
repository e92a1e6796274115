import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryPatches } from './vite-library-patches';

/** The plugin's hooks called as vite calls them, on the installed libraries' own files. */
function run(files: string[]) {
  const plugin = libraryPatches() as unknown as {
    buildStart: () => void;
    transform: (code: string, id: string) => { code: string } | null;
    buildEnd: (error?: Error) => void;
  };
  plugin.buildStart();
  const out = files.map((f) => {
    const id = path.resolve('node_modules', f);
    return plugin.transform(fs.readFileSync(id, 'utf8'), id)?.code ?? null;
  });
  return { out, end: () => plugin.buildEnd() };
}

const ALL = [
  '@rc-component/table/es/Table.js',
  '@rc-component/select/es/SelectInput/Input.js',
  '@rc-component/tabs/es/TabNavList/index.js',
  'antd/es/form/Form.js',
];

describe('library patches (the renderer build patches of antd, for speed)', () => {
  it('patches the installed libraries as they read today', () => {
    const { out, end } = run(ALL);
    expect(out[0]).toContain('__drScrollbarSizeOnce(');
    expect(out[1]).toContain('drMeasuredRef');
    expect(out[2]).toContain('drMeasuredKeysRef.current === keys');
    expect(out[2]).toContain('drMeasuredRtlRef.current === rtl');
    expect(out[3]).toContain('const mergedTooltip = React.useMemo(');
    expect(end).not.toThrow();
  });

  it('fails the build when a patched file was never bundled (a library moved it)', () => {
    const { end } = run([ALL[0]!, ALL[2]!, ALL[3]!]);
    expect(end).toThrow(/never saw \/@rc-component\/select\/es\/SelectInput\/Input\.js/);
  });

  it('fails the build when a file no longer reads as expected', () => {
    const plugin = libraryPatches() as unknown as { transform: (code: string, id: string) => unknown };
    expect(() => plugin.transform('export {}', '/x/node_modules/@rc-component/table/es/Table.js')).toThrow(
      /expected 2/,
    );
  });
});
