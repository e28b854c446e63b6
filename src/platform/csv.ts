import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Actor, Role } from './authz.js';
import { inTransaction, isUniqueViolation, type AnyDb } from './db/database.js';
import { AppError, invalid, type FieldError } from './errors.js';

/**
 * CSV at the edge: one reader and one writer for every import and export. A file is read whole
 * and every row checked before anything is written, so an import is all or nothing and its
 * report names every bad row (line, field, reason).
 */
export interface CsvRowError {
  line: number;
  field: string | null;
  reason: string;
}

export interface CsvRead<T> {
  rows: { line: number; value: T }[];
  errors: CsvRowError[];
  /** The file's columns: an update changes only these, leaving the others as they are. */
  columns: Set<string>;
}

/** Columns are snake_case in files; values of empty cells are absent. */
export function readCsv<S extends z.ZodType>(
  text: string,
  columns: { name: string; required?: boolean }[],
  schema: S,
): CsvRead<z.output<S>> {
  let records: { record: Record<string, string>; info: { lines: number }; raw: string }[];
  try {
    records = parse(text, {
      columns: true,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
      max_record_size: 100_000,
    }) as never;
  } catch (error) {
    if (error instanceof CsvError)
      return {
        rows: [],
        columns: new Set(),
        errors: [
          {
            line: (error as CsvError & { lines?: number }).lines ?? 1,
            field: null,
            reason: error.message,
          },
        ],
      };
    throw error;
  }
  const errors: CsvRowError[] = [];
  const headerRow = (parse(text, { bom: true, trim: true, to_line: 1 }) as string[][])[0] ?? [];
  const present = new Set(headerRow);
  const known = new Set(columns.map((c) => c.name));
  for (const name of present)
    if (name && !known.has(name)) errors.push({ line: 1, field: name, reason: 'unknown column' });
  for (const c of columns)
    if (c.required && !present.has(c.name))
      errors.push({ line: 1, field: c.name, reason: 'required column is missing' });
  if (headerRow.length !== present.size)
    errors.push({ line: 1, field: null, reason: 'a column is named twice' });
  if (errors.length) return { rows: [], errors, columns: present };
  if (records.length === 0)
    return { rows: [], errors: [{ line: 2, field: null, reason: 'no rows' }], columns: present };

  const rows: { line: number; value: z.output<S> }[] = [];
  for (const { record, info, raw } of records) {
    // `info.lines` is where a record ends; a quoted field may span lines: report where it starts.
    const line = info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
    const values = Object.fromEntries(
      Object.entries(record)
        .filter(([, v]) => v !== '')
        .map(([k, v]) => [k, v]),
    );
    const parsed = schema.safeParse(values);
    if (parsed.success) rows.push({ line, value: parsed.data });
    else
      for (const issue of parsed.error.issues)
        errors.push({
          line,
          field: issue.path.length ? String(issue.path[0]) : null,
          reason: issue.message,
        });
  }
  return { rows, errors, columns: present };
}

export function writeCsv(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): string {
  return stringify(
    rows.map((r) => columns.map((c) => (r[c] === null || r[c] === undefined ? '' : String(r[c])))),
    { header: true, columns: [...columns] },
  );
}

/** Rows whose key column repeats an earlier row's: a file names each record once. */
export function repeatedKeys<K extends string>(
  rows: readonly { line: number; value: Record<K, string> }[],
  key: K,
): CsvRowError[] {
  const first = new Map<string, number>();
  const errors: CsvRowError[] = [];
  for (const r of rows) {
    const seen = first.get(r.value[key]);
    if (seen) errors.push({ line: r.line, field: key, reason: `repeats line ${seen}` });
    else first.set(r.value[key], r.line);
  }
  return errors;
}

/**
 * The fields of an update whose column (the snake_case of the field) is in the file: a file
 * without a column leaves that field as it is, while an empty cell clears it.
 */
export function inFile<T extends Record<string, unknown>>(
  fields: T,
  columns: Set<string>,
): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([k]) =>
      columns.has(k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)),
    ),
  ) as Partial<T>;
}

/** The one error an import raises: every bad row, nothing written. */
export function csvRejected(what: string, errors: CsvRowError[]) {
  const fieldErrors: FieldError[] = errors.map((e) => ({
    path: e.field ? `line ${e.line}: ${e.field}` : `line ${e.line}`,
    message: e.reason,
    line: e.line,
    field: e.field,
  }));
  return invalid(
    'CSV_INVALID',
    `${what}: ${new Set(errors.map((e) => e.line)).size} bad row(s); nothing was imported. First: line ${errors[0]!.line}${errors[0]!.field ? `, ${errors[0]!.field}` : ''}: ${errors[0]!.reason.replace(/\.$/, '')}.`,
    fieldErrors,
  );
}

export interface ImportResult {
  created: number;
  updated: number;
  dryRun: boolean;
}

/**
 * Apply checked rows in one transaction. A rule the service refuses (unknown component, a
 * cycle) is reported against its line and the rest still checked; any problem rolls back all.
 * A dry run checks everything and then rolls back too.
 */
export async function applyAll<T>(
  db: AnyDb,
  options: { dryRun?: boolean },
  what: string,
  rows: { line: number; value: T }[],
  apply: (trx: AnyDb, row: { line: number; value: T }, result: ImportResult) => Promise<void>,
): Promise<ImportResult> {
  const result: ImportResult = { created: 0, updated: 0, dryRun: options.dryRun ?? false };
  const rollback = new Error('dry run');
  try {
    await inTransaction(db, async (trx) => {
      const errors: CsvRowError[] = [];
      for (const row of rows) {
        // Each row behind a savepoint: a refused row (even one PostgreSQL refused, which aborts
        // the transaction) is undone alone, and the rest of the file is still checked.
        await sql`savepoint csv_row`.execute(trx);
        try {
          await apply(trx, row, result);
          await sql`release savepoint csv_row`.execute(trx);
        } catch (error) {
          await sql`rollback to savepoint csv_row`.execute(trx);
          if (error instanceof AppError)
            errors.push({ line: row.line, field: null, reason: error.message });
          else if (isUniqueViolation(error))
            errors.push({ line: row.line, field: null, reason: 'duplicates an existing record' });
          else throw error;
        }
      }
      if (errors.length) throw csvRejected(what, errors);
      if (options.dryRun) throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return result;
}

/** A kind of record a module offers as CSV, over HTTP (/api/v1/csv/<name>) and the CLI. */
export interface CsvEndpoint {
  /** `parts` serves GET and POST /api/v1/csv/parts. */
  name: string;
  tag: string;
  describe: string;
  readRoles: readonly Role[];
  writeRoles: readonly Role[];
  exportCsv(actor: Actor): Promise<string>;
  importCsv(actor: Actor, text: string, options: { dryRun: boolean }): Promise<ImportResult>;
}
