import type { ReactNode } from 'react';
import { RequireRole } from '../auth/RequireRole';
import { SectionEmptyStatePage } from '../pages/SectionEmptyStatePage';
import type { AppSection } from '../sections';
import { SECTION_PAGES } from './sectionPages';

/** The page of one section: its real page if it has one, else its empty state; role-guarded. */
export function SectionRouteElement({ section }: { section: AppSection }) {
  const Page = SECTION_PAGES[section.key];
  const page: ReactNode = Page ? <Page /> : <SectionEmptyStatePage section={section} />;
  if (!section.requiredRoles) return page;
  return <RequireRole roles={section.requiredRoles}>{page}</RequireRole>;
}
