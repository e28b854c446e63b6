import type { ReactNode } from 'react';
import { IconShieldLock } from '@tabler/icons-react';
import { EmptyState } from '@mantine/core';
import type { Role } from '../api/types';
import { useCurrentUser } from './CurrentUserContext';

interface RequireRoleProps {
  /** The user needs at least one of these roles. */
  roles: Role[];
  children: ReactNode;
}

/** Shows its children only to users holding one of `roles`. */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const me = useCurrentUser();
  if (roles.some((role) => me.roles.includes(role))) return <>{children}</>;
  return (
    <EmptyState
      mt="xl"
      data-testid="access-denied"
      icon={<IconShieldLock size={32} />}
      title="You do not have access to this page"
      description="Ask an administrator for the role this page needs."
    />
  );
}
