import type { ComponentType, ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useCurrentUser } from '../auth/CurrentUserContext';
import { RequireRole } from '../auth/RequireRole';
import { SectionEmptyStatePage } from '../pages/SectionEmptyStatePage';
import { standInFor, type AppSection } from '../sections';
import { SECTION_PAGES, SECTION_SUBPAGES } from './sectionPages';

interface SectionRouteElementProps {
  section: AppSection;
  /** A page under the section's path (a detail page) instead of the section's own page. */
  page?: ComponentType;
  /** That page's path below the section's (see `SubPage.path`). */
  subPath?: string;
}

/**
 * The page of one section: its real page if it has one, else its empty state; role-guarded.
 * A user who may not open it but has a tab standing for it (a customer's "My RMAs" for "RMAs")
 * is sent there, when that tab has the same page: links shared by the server (home counts)
 * name the staff's address.
 */
export function SectionRouteElement({ section, page, subPath }: SectionRouteElementProps) {
  const roles = useCurrentUser().roles;
  const { pathname, search } = useLocation();
  const Page = page ?? SECTION_PAGES[section.key];
  const element: ReactNode = Page ? <Page /> : <SectionEmptyStatePage section={section} />;
  if (!section.requiredRoles) return element;
  const standIn = standInFor(section, roles);
  const samePage =
    subPath === undefined ||
    (SECTION_SUBPAGES[standIn?.key ?? ''] ?? []).some((sub) => sub.path === subPath);
  if (standIn && samePage && pathname.startsWith(section.path))
    return (
      <Navigate to={`${standIn.path}${pathname.slice(section.path.length)}${search}`} replace />
    );
  return <RequireRole roles={section.requiredRoles}>{element}</RequireRole>;
}
