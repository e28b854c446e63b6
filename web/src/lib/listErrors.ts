import { isApiError, type ProblemFieldError } from '../api/problem';

export interface ListFieldErrors {
  /** Messages by item index, then by field ('' for the item as a whole). */
  byItem: Map<number, Partial<Record<string, string>>>;
  /** Messages that concern no item of the list. */
  other: ProblemFieldError[];
}

/**
 * Splits a problem's per-field errors on the items of one list in the request body:
 * "lines.1.quantity" (or "body.lines.1.quantity") → item 1, field "quantity";
 * "lines.0" → item 0 as a whole. Everything else lands in `other`.
 */
export function listFieldErrors(error: unknown, list: string): ListFieldErrors {
  const result: ListFieldErrors = { byItem: new Map(), other: [] };
  if (!isApiError(error)) return result;
  for (const fieldError of error.fieldErrors) {
    const parts = fieldError.path.split(/[./[\]]+/).filter(Boolean);
    if (parts[0] === 'body') parts.shift();
    const index = Number(parts[1]);
    if (parts[0] !== list || !Number.isInteger(index)) {
      result.other.push(fieldError);
      continue;
    }
    const field = parts[2] ?? '';
    const item = result.byItem.get(index) ?? {};
    item[field] ??= fieldError.message;
    result.byItem.set(index, item);
  }
  return result;
}
