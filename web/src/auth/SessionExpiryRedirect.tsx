import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { onSessionExpired } from '../api/session';
import { LOGIN_PATH, loginRedirectState } from './loginRedirect';

/** Sends the user to /login whenever any API call answers 401. Renders nothing. */
export function SessionExpiryRedirect() {
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(
    () =>
      onSessionExpired(() => {
        if (location.pathname === LOGIN_PATH) return;
        void navigate(LOGIN_PATH, { replace: true, state: loginRedirectState(location) });
      }),
    [navigate, location],
  );

  return null;
}
