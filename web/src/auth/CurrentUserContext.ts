import { createContext, useContext } from 'react';
import type { Me } from '../api/types';

export const CurrentUserContext = createContext<Me | null>(null);

/** The signed-in user; only usable below `RequireAuth`. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser must be used inside RequireAuth');
  return me;
}
