import { AppError, exitCodeOfKind } from '../platform/errors.js';

/** Print data as JSON (`--json`) or as aligned text columns. */
export function printTable(rows: readonly object[], columns: string[], json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  if (rows.length === 0) {
    process.stdout.write('(none)\n');
    return;
  }
  const records = rows as Record<string, unknown>[];
  const cell = (v: unknown) =>
    v === null || v === undefined ? '-' : Array.isArray(v) ? v.join(',') : String(v);
  const widths = columns.map((c) => Math.max(c.length, ...records.map((r) => cell(r[c]).length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  process.stdout.write(`${line(columns)}\n`);
  for (const row of records) process.stdout.write(`${line(columns.map((c) => cell(row[c])))}\n`);
}

export function printJsonOrText(value: unknown, text: string, json: boolean): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
}

export function isoOrDash(epochMs: number | null): string {
  return epochMs === null ? '-' : new Date(epochMs).toISOString();
}

/** One clear line and an exit code by error kind; internals are not dumped on the user. */
export function reportFailure(error: unknown): number {
  if (error instanceof AppError) {
    process.stderr.write(`rigline: ${error.message}\n`);
    for (const e of error.errors ?? []) process.stderr.write(`  ${e.path}: ${e.message}\n`);
    return exitCodeOfKind[error.kind];
  }
  const e = error as { code?: string; message?: string };
  if (e?.code === 'EADDRINUSE') {
    process.stderr.write(`rigline: the port is already in use (${e.message})\n`);
    return exitCodeOfKind.unavailable;
  }
  if (
    e?.code === 'ECONNREFUSED' ||
    e?.code === 'ENOTFOUND' ||
    e?.code === '28P01' ||
    e?.code === '3D000'
  ) {
    process.stderr.write(`rigline: cannot reach the database (${e.message})\n`);
    return exitCodeOfKind.unavailable;
  }
  process.stderr.write(`rigline: internal error: ${e?.message ?? String(error)}\n`);
  if (process.env.RIGLINE_DEBUG) console.error(error);
  return exitCodeOfKind.internal;
}
