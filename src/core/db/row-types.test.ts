import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { coreMigrations } from '../areas';
import { migrate } from './migrate';

const CORE = path.join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sources(p);
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** Columns the schema holds to 0 or 1 (`CHECK (x IN (0, 1))`). */
function flagColumns(): Set<string> {
  const out = new Set<string>();
  for (const f of sources(path.join(CORE, 'db/migrations')))
    for (const m of fs.readFileSync(f, 'utf8').matchAll(/CHECK \((\w+) IN \(0, ?1\)\)/g)) out.add(m[1]!);
  return out;
}

/** Column facts of the migrated schema, per table (FTS tables and their shadows left out). */
interface Column {
  name: string;
  type: string;
  nullable: boolean;
  flag: boolean;
}
function schemaTables(): Map<string, Column[]> {
  const db = new Database(':memory:');
  try {
    migrate(db, coreMigrations.length, coreMigrations);
    const all = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table'`).all() as {
      name: string;
      sql: string;
    }[];
    const virtual = all.filter((t) => /^CREATE VIRTUAL/i.test(t.sql)).map((t) => t.name);
    const out = new Map<string, Column[]>();
    for (const t of all) {
      if (t.name.startsWith('sqlite_') || virtual.some((v) => t.name === v || t.name.startsWith(`${v}_`)))
        continue;
      const cols = db.prepare('SELECT name, type, "notnull", pk FROM pragma_table_info(?)').all(t.name) as {
        name: string;
        type: string;
        notnull: number;
        pk: number;
      }[];
      out.set(
        t.name,
        cols.map((c) => ({
          name: c.name,
          type: c.type.toUpperCase(),
          // STRICT tables hold primary key columns to NOT NULL.
          nullable: c.notnull === 0 && c.pk === 0,
          flag: new RegExp(`CHECK \\(${c.name} IN \\(0, ?1\\)\\)`).test(t.sql),
        })),
      );
    }
    return out;
  } finally {
    db.close();
  }
}

/** The `Tables` interface of every src/core/<feature>/rows.ts: table -> its row type, read by the compiler. */
function rowTypes(): {
  table: string;
  file: string;
  props: { name: string; optional: boolean; type: ts.Type }[];
}[] {
  const files = fs
    .readdirSync(CORE, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(CORE, d.name, 'rows.ts')))
    .map((d) => path.join(CORE, d.name, 'rows.ts'));
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  checker = program.getTypeChecker();
  const out = [];
  for (const file of files) {
    const sf = program.getSourceFile(file)!;
    const tables = sf.statements.find(
      (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Tables',
    );
    if (!tables) throw new Error(`${path.relative(CORE, file)} declares no Tables interface`);
    for (const member of checker.getTypeAtLocation(tables).getProperties()) {
      const row = checker.getTypeOfSymbol(member);
      out.push({
        table: member.name,
        file: path.relative(CORE, file),
        props: row.getProperties().map((p) => ({
          name: p.name,
          optional: (p.flags & ts.SymbolFlags.Optional) !== 0,
          type: checker.getTypeOfSymbol(p),
        })),
      });
    }
  }
  return out;
}
let checker: ts.TypeChecker;

/** What is wrong with a property's type for a column, or undefined. */
function mismatch(col: Column, optional: boolean, type: ts.Type): string | undefined {
  if (optional) return 'is optional: SELECT * always reads every column';
  const members = type.isUnion() ? type.types : [type];
  const hasNull = members.some((t) => t.flags & ts.TypeFlags.Null);
  if (hasNull !== col.nullable)
    return col.nullable
      ? 'may be NULL in the schema but the type has no null'
      : 'is NOT NULL but typed with null';
  const values = members.filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
  const is = (flags: ts.TypeFlags) => values.every((t) => t.flags & flags);
  if (col.flag) {
    const literals = values.map((t) => (t.isNumberLiteral() ? t.value : NaN)).sort();
    return literals.join() === '0,1' ? undefined : 'holds 0 or 1: type it as 0 | 1';
  }
  if (col.type === 'TEXT') return is(ts.TypeFlags.StringLike) ? undefined : 'is TEXT: type it as a string';
  if (col.type === 'INTEGER' || col.type === 'REAL')
    return is(ts.TypeFlags.NumberLike) ? undefined : `is ${col.type}: type it as a number`;
  if (col.type === 'BLOB')
    return values.every((t) => /^(Buffer|Uint8Array)$/.test(checker.typeToString(t)))
      ? undefined
      : 'is a BLOB: type it as a Buffer';
  return undefined;
}

describe('row types', () => {
  it('type every 0/1 column as 0 | 1, so a row is never read as a count', () => {
    const flags = flagColumns();
    expect(flags.size).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const f of sources(CORE)) {
      const src = fs.readFileSync(f, 'utf8');
      for (const block of src.matchAll(/interface \w*Row\b[^{]*\{([^}]*)\}/g))
        for (const line of block[1]!.split('\n')) {
          const m = /^\s*(\w+)\??:\s*number\b/.exec(line);
          const col = m?.[1];
          if (col && [...flags].some((c) => col === c || col.endsWith(`_${c}`)))
            wrong.push(`${path.relative(CORE, f)}: ${line.trim()}`);
        }
    }
    expect(wrong).toEqual([]);
  });

  // One place per feature (src/core/<feature>/rows.ts) says what a table's rows look like;
  // repos read through those types, so a migration that changes a column fails here first.
  it('give every table one row type in a rows.ts, matching its columns, NULLs, types and 0/1 flags', () => {
    const schema = schemaTables();
    const types = rowTypes();
    const owners = new Map<string, string[]>();
    for (const t of types) owners.set(t.table, [...(owners.get(t.table) ?? []), t.file]);
    const problems: string[] = [];
    for (const table of schema.keys())
      if (!owners.has(table))
        problems.push(`${table}: no row type (add it to the Tables of its feature's rows.ts)`);
    for (const [table, files] of owners) {
      if (!schema.has(table)) problems.push(`${table} (${files.join(', ')}): no such table in the schema`);
      if (files.length > 1) problems.push(`${table}: typed in ${files.length} places (${files.join(', ')})`);
    }
    for (const t of types) {
      const cols = schema.get(t.table);
      if (!cols) continue;
      const props = new Map(t.props.map((p) => [p.name, p]));
      for (const c of cols) {
        const p = props.get(c.name);
        if (!p) problems.push(`${t.file} ${t.table}.${c.name}: column missing from the row type`);
        else {
          const why = mismatch(c, p.optional, p.type);
          if (why) problems.push(`${t.file} ${t.table}.${c.name} ${why}`);
        }
      }
      for (const name of props.keys())
        if (!cols.some((c) => c.name === name)) problems.push(`${t.file} ${t.table}.${name}: no such column`);
    }
    expect(problems).toEqual([]);
    expect(types.length).toBe(schema.size);
  });

  it('notice a row type that drifts from its table', () => {
    const cols: Column[] = [
      { name: 'a', type: 'TEXT', nullable: true, flag: false },
      { name: 'b', type: 'INTEGER', nullable: false, flag: true },
    ];
    const program = ts.createProgram({
      rootNames: ['probe.ts'],
      options: { strict: true, noEmit: true, noLib: true },
      host: {
        ...ts.createCompilerHost({}),
        getSourceFile: (name, v) =>
          name === 'probe.ts'
            ? ts.createSourceFile(
                name,
                'export type A = string; export type B = number; export type C = 0 | 1 | null; export type D = string | null;',
                v,
              )
            : undefined,
        fileExists: (name) => name === 'probe.ts',
      },
    });
    checker = program.getTypeChecker();
    const sf = program.getSourceFile('probe.ts')!;
    const typeOf = (n: string) => {
      const decl = sf.statements.find(
        (s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === n,
      )!;
      return checker.getTypeAtLocation(decl.name);
    };
    expect(mismatch(cols[0]!, false, typeOf('A'))).toMatch(/may be NULL/);
    expect(mismatch(cols[0]!, false, typeOf('D'))).toBeUndefined();
    expect(mismatch(cols[0]!, true, typeOf('D'))).toMatch(/optional/);
    expect(mismatch(cols[1]!, false, typeOf('B'))).toMatch(/0 \| 1/);
    expect(mismatch(cols[1]!, false, typeOf('C'))).toMatch(/typed with null/);
  });
});
