import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../api/auth';
import { isApiError } from '../api/problem';
import { FullPageLoader } from '../components/FullPageLoader';
import { FullPageError } from '../components/FullPageError';
import { CurrentUserContext } from './CurrentUserContext';
import { LOGIN_PATH, loginRedirectState } from './loginRedirect';

/** Renders its children only for a signed-in user; otherwise sends the browser to /login. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const me = useMe();

  if (me.data) {
    return <CurrentUserContext.Provider value={me.data}>{children}</CurrentUserContext.Provider>;
  }
  if (me.error) {
    if (isApiError(me.error) && me.error.status === 401) {
      return <Navigate to={LOGIN_PATH} replace state={loginRedirectState(location)} />;
    }
    return <FullPageError error={me.error} onRetry={() => void me.refetch()} />;
  }
  return <FullPageLoader />;
}
