import type { Location } from 'react-router';

export const LOGIN_PATH = '/login';

/** Router state carried to /login so the user returns where they were. */
export interface LoginRedirectState {
  from?: Pick<Location, 'pathname' | 'search' | 'hash'>;
}

export function loginRedirectState(
  location: Pick<Location, 'pathname' | 'search' | 'hash'>,
): LoginRedirectState {
  return { from: { pathname: location.pathname, search: location.search, hash: location.hash } };
}

/** Where to go after a successful login: the page the user came from, or Home. */
export function afterLoginPath(state: unknown): string {
  const from = (state as LoginRedirectState | null)?.from;
  if (!from?.pathname || from.pathname === LOGIN_PATH) return '/';
  return `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
}
