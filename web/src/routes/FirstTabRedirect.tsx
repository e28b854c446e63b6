import { Navigate } from 'react-router';
import { useCurrentUser } from '../auth/CurrentUserContext';
import { visibleTabs, type AppSection } from '../sections';

/** A tabbed section's own address: its first tab this user may open ("My orders" for customers). */
export function FirstTabRedirect({ section }: { section: AppSection }) {
  const first = visibleTabs(section, useCurrentUser().roles)[0];
  return first ? <Navigate to={first.path} replace /> : null;
}
