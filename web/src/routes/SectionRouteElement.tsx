import type { ComponentType, ReactNode } from 'react';
import { RequireRole } from '../auth/RequireRole';
import { SectionEmptyStatePage } from '../pages/SectionEmptyStatePage';
import type { AppSection } from '../sections';
import { SECTION_PAGES } from './sectionPages';

interface SectionRouteElementProps {
  section: AppSection;
  /** A page under the section's path (a detail page) instead of the section's own page. */
  page?: ComponentType;
}

/** The page of one section: its real page if it has one, else its empty state; role-guarded. */
export function SectionRouteElement({ section, page }: SectionRouteElementProps) {
  const Page = page ?? SECTION_PAGES[section.key];
  const element: ReactNode = Page ? <Page /> : <SectionEmptyStatePage section={section} />;
  if (!section.requiredRoles) return element;
  return <RequireRole roles={section.requiredRoles}>{element}</RequireRole>;
}
