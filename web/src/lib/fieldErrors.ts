import { isApiError, type ProblemFieldError } from '../api/problem';

export interface SplitFieldErrors<F extends string> {
  /** First message per known form field. */
  byField: Partial<Record<F, string>>;
  /** Messages whose path matches no field of the form; show them in the alert. */
  other: ProblemFieldError[];
}

/**
 * Turns a problem's `errors[].path` ("email", "body.email", "/roles/0", "roles[0]")
 * into the top-level field name it concerns.
 */
export function fieldNameOf(path: string): string {
  const parts = path.split(/[./[\]]+/).filter(Boolean);
  if (parts[0] === 'body') parts.shift();
  return parts[0] ?? '';
}

/** Splits the server's per-field errors into those shown next to inputs and the rest. */
export function splitFieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
): SplitFieldErrors<F> {
  const result: SplitFieldErrors<F> = { byField: {}, other: [] };
  if (!isApiError(error)) return result;
  for (const fieldError of error.fieldErrors) {
    const name = fieldNameOf(fieldError.path) as F;
    if (fields.includes(name)) {
      result.byField[name] ??= fieldError.message;
    } else {
      result.other.push(fieldError);
    }
  }
  return result;
}
