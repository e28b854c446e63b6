import { isApiError } from '../api/problem';

/**
 * One line for an error shown next to an input: the problem's detail, then its per-field
 * messages ("hashboards: …"); a string as it is; null when there is no error.
 */
export function problemText(error: unknown): string | null {
  if (!error) return null;
  if (typeof error === 'string') return error;
  if (!isApiError(error)) return error instanceof Error ? error.message : 'Something went wrong.';
  const fields = error.fieldErrors.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message));
  return [error.problem.detail, ...fields].filter(Boolean).join(' · ');
}
