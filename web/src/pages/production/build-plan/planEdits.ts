import type { BuildPlan, BuildPlanCell } from '../../../api/planningTypes';

/** What a plan cell's input holds: a quantity, or '' while it is being retyped. */
export type CellValue = number | '';

export interface CellEdit {
  model: string;
  /** The Monday of the week. */
  week: string;
  /** The saved quantity when the cell was first edited. */
  original: number;
  value: CellValue;
}

/** Edited cells by `cellKey`; they survive a change of the weeks shown until saved or discarded. */
export type PlanEdits = Record<string, CellEdit>;

export const cellKey = (model: string, week: string) => `${model}|${week}`;

/** An empty cell is saved as 0, which clears it. */
export const quantityOf = (value: CellValue): number => (value === '' ? 0 : value);

export const isChanged = (edit: CellEdit | undefined): boolean =>
  edit !== undefined && quantityOf(edit.value) !== edit.original;

export function withEdit(
  edits: PlanEdits,
  cell: { model: string; week: string; original: number },
  value: CellValue,
): PlanEdits {
  const key = cellKey(cell.model, cell.week);
  const original = edits[key]?.original ?? cell.original;
  return { ...edits, [key]: { model: cell.model, week: cell.week, original, value } };
}

/** Only the cells whose quantity differs from what was saved: the body of "Save changes". */
export function changedCells(edits: PlanEdits): BuildPlanCell[] {
  return Object.values(edits)
    .filter(isChanged)
    .map((edit) => ({ model: edit.model, week: edit.week, quantity: quantityOf(edit.value) }));
}

export interface PlanTotals {
  /** Per model row, over the weeks shown. */
  rows: number[];
  /** Per week column, over every model. */
  weeks: number[];
  all: number;
}

/** Row, column and grand totals of the grid as shown, edits included. */
export function planTotals(plan: BuildPlan, edits: PlanEdits): PlanTotals {
  const weeks = plan.weeks.map(() => 0);
  const rows = plan.rows.map((row) =>
    plan.weeks.reduce((sum, week, i) => {
      const edit = edits[cellKey(row.model, week)];
      const quantity = edit ? quantityOf(edit.value) : (row.quantities[i] ?? 0);
      weeks[i] = (weeks[i] ?? 0) + quantity;
      return sum + quantity;
    }, 0),
  );
  return { rows, weeks, all: rows.reduce((sum, total) => sum + total, 0) };
}
