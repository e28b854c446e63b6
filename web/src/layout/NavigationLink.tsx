import { NavLink } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import type { AppSection } from '../sections';

interface NavigationLinkProps {
  section: AppSection;
  onNavigate: () => void;
}

function isActive(pathname: string, sectionPath: string): boolean {
  if (sectionPath === '/') return pathname === '/';
  return pathname === sectionPath || pathname.startsWith(`${sectionPath}/`);
}

export function NavigationLink({ section, onNavigate }: NavigationLinkProps) {
  const { pathname } = useLocation();
  const Icon = section.icon;
  return (
    <NavLink
      component={Link}
      to={section.path}
      label={section.label}
      leftSection={<Icon size={18} stroke={1.6} />}
      active={isActive(pathname, section.path)}
      onClick={onNavigate}
      data-testid={`nav-${section.key}`}
    />
  );
}
