import { Navigate, Outlet, Route, Routes } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { RequireRole } from '../auth/RequireRole';
import { LOGIN_PATH } from '../auth/loginRedirect';
import { AppFrame } from '../layout/AppFrame';
import { LoginPage } from '../pages/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { SECTIONS, type AppSection } from '../sections';
import { FirstTabRedirect } from './FirstTabRedirect';
import { SECTION_SUBPAGES } from './sectionPages';
import { SectionRouteElement } from './SectionRouteElement';
import { SectionTabsLayout } from './SectionTabsLayout';

/** The routes of one page of a section: its own path, then its detail pages below it. */
function pageRoutes(section: AppSection) {
  return [
    <Route
      key={section.key}
      path={section.path}
      element={<SectionRouteElement section={section} />}
    />,
    ...(SECTION_SUBPAGES[section.key] ?? []).map((sub) => (
      <Route
        key={`${section.key}:${sub.path}`}
        path={sub.path.startsWith('/') ? sub.path : `${section.path}/${sub.path}`}
        element={<SectionRouteElement section={section} page={sub.page} subPath={sub.path} />}
      />
    )),
  ];
}

/** A section with sub-pages: guarded parent, index redirecting to the first sub-page. */
function renderParentSection(section: AppSection, children: AppSection[]) {
  const guard = section.requiredRoles ? (
    <RequireRole roles={section.requiredRoles}>
      <Outlet />
    </RequireRole>
  ) : (
    <Outlet />
  );
  return (
    <Route key={section.key} path={section.path} element={guard}>
      {children[0] && <Route index element={<Navigate to={children[0].path} replace />} />}
      {children.flatMap(pageRoutes)}
    </Route>
  );
}

/**
 * A section whose pages are tabs: one guarded layout with the tabs, its index opening the first
 * tab the user may see.
 */
function renderTabbedSection(section: AppSection, tabs: AppSection[]) {
  const layout = <SectionTabsLayout section={section} tabs={tabs} />;
  return (
    <Route
      key={section.key}
      path={section.path}
      element={
        section.requiredRoles ? (
          <RequireRole roles={section.requiredRoles}>{layout}</RequireRole>
        ) : (
          layout
        )
      }
    >
      {tabs[0] && <Route index element={<FirstTabRedirect section={section} />} />}
      {tabs.flatMap(pageRoutes)}
    </Route>
  );
}

function renderSection(section: AppSection) {
  if (section.children) return renderParentSection(section, section.children);
  if (section.tabs) return renderTabbedSection(section, section.tabs);
  if (section.path === '/')
    return <Route key={section.key} index element={<SectionRouteElement section={section} />} />;
  return (
    <Route
      key={section.key}
      path={section.path}
      element={<SectionRouteElement section={section} />}
    />
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path={LOGIN_PATH} element={<LoginPage />} />
      <Route
        path="/"
        element={
          <RequireAuth>
            <AppFrame />
          </RequireAuth>
        }
      >
        {SECTIONS.map(renderSection)}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
