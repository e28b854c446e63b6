import type { HeadcountCell } from '../../../api/plantTypes';

/** One headcount change of a what-if, as typed. */
export interface WhatIfRow {
  /** Stable React key. */
  key: number;
  /** YYYY-MM. */
  month: string | null;
  /** Role code. */
  role: string | null;
  headcount: number | string;
}

let nextKey = 1;

export function whatIfRow(month: string | null, role: string | null): WhatIfRow {
  return { key: nextKey++, month, role, headcount: '' };
}

export function isRowComplete(row: WhatIfRow): boolean {
  return row.month !== null && row.role !== null && typeof row.headcount === 'number';
}

export function cellsOf(rows: readonly WhatIfRow[]): HeadcountCell[] {
  return rows.map((row) => ({
    month: row.month ?? '',
    role: row.role ?? '',
    headcount: typeof row.headcount === 'number' ? row.headcount : 0,
  }));
}

/** The months (YYYY-MM) the weeks fall in, in order. */
export function monthsOf(weeks: readonly string[]): string[] {
  return [...new Set(weeks.map((week) => week.slice(0, 7)))];
}

/** The plan's target in force for a role in a month: the latest at or before it. */
export function plannedHeadcount(
  plan: readonly HeadcountCell[],
  role: string | null,
  month: string | null,
): number | undefined {
  let best: HeadcountCell | undefined;
  for (const cell of plan)
    if (cell.role === role && month !== null && cell.month <= month)
      if (!best || cell.month >= best.month) best = cell;
  return best?.headcount;
}
