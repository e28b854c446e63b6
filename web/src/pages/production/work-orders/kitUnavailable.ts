import { isApiError } from '../../../api/problem';

/** The server has no kitting route yet: a 404 for the route itself, not for the work order. */
export function kitUnavailable(error: unknown): boolean {
  return isApiError(error) && error.status === 404 && error.code === 'ROUTE_NOT_FOUND';
}
