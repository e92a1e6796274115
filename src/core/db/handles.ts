import type Database from 'better-sqlite3';

declare const readBrand: unique symbol;
declare const writeBrand: unique symbol;

/**
 * Branded handles (after Signal Desktop): read handlers get a connection opened
 * read-only, so a handler declared as a read physically cannot write.
 */
export type ReadDb = Database.Database & { readonly [readBrand]: true };
export type WriteDb = Database.Database & { readonly [readBrand]: true; readonly [writeBrand]: true };

export interface DbPair {
  read: ReadDb;
  write: WriteDb;
  file: string;
  close(): void;
}
