import { Anchor, Burger, Group, Text } from '@mantine/core';
import { IconCpu } from '@tabler/icons-react';
import { Link } from 'react-router';
import { UserSummary } from './UserSummary';

interface AppHeaderProps {
  navigationOpened: boolean;
  onToggleNavigation: () => void;
}

export function AppHeader({ navigationOpened, onToggleNavigation }: AppHeaderProps) {
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navigationOpened}
          onClick={onToggleNavigation}
          hiddenFrom="sm"
          size="sm"
          aria-label={navigationOpened ? 'Close navigation' : 'Open navigation'}
          data-testid="nav-burger"
        />
        <Anchor component={Link} to="/" underline="never" c="inherit" aria-label="Rigline home">
          <Group gap={6} wrap="nowrap">
            <IconCpu size={22} stroke={1.8} />
            <Text fw={700} size="lg" data-testid="product-name">
              Rigline
            </Text>
          </Group>
        </Anchor>
      </Group>
      <UserSummary />
    </Group>
  );
}
