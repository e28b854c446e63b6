import { Badge, Group } from '@mantine/core';
import { roleLabel } from '../lib/roles';

interface RoleBadgesProps {
  roles: readonly string[];
  size?: 'xs' | 'sm' | 'md';
}

export function RoleBadges({ roles, size = 'sm' }: RoleBadgesProps) {
  if (roles.length === 0) return null;
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <Badge key={role} size={size} variant={role === 'admin' ? 'filled' : 'light'} radius="sm">
          {roleLabel(role)}
        </Badge>
      ))}
    </Group>
  );
}
