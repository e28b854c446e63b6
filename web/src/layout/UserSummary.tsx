import { Group, Stack, Text } from '@mantine/core';
import { useCurrentUser } from '../auth/CurrentUserContext';
import { RoleBadges } from '../components/RoleBadges';
import { SignOutButton } from './SignOutButton';

/** The signed-in user's name and roles, with the sign-out button. */
export function UserSummary() {
  const me = useCurrentUser();
  return (
    <Group gap="sm" wrap="nowrap" data-testid="user-menu" style={{ minWidth: 0 }}>
      <Stack gap={2} align="flex-end" visibleFrom="xs" style={{ minWidth: 0 }}>
        <Text size="sm" fw={600} truncate="end" maw={220} data-testid="user-name" title={me.email}>
          {me.name}
        </Text>
        <Group visibleFrom="sm" gap={4} data-testid="user-roles">
          <RoleBadges roles={me.roles} size="xs" />
        </Group>
      </Stack>
      <SignOutButton />
    </Group>
  );
}
