import { AppShell, Divider, ScrollArea, Stack, Text } from '@mantine/core';
import { useCurrentUser } from '../auth/CurrentUserContext';
import { RoleBadges } from '../components/RoleBadges';
import { visibleSections } from '../sections';
import { NavigationLink } from './NavigationLink';

interface MainNavigationProps {
  /** Called after a link is followed (closes the navigation on small screens). */
  onNavigate: () => void;
}

export function MainNavigation({ onNavigate }: MainNavigationProps) {
  const me = useCurrentUser();
  const sections = visibleSections(me.roles);

  return (
    <>
      <AppShell.Section grow component={ScrollArea}>
        <Stack gap={2} component="nav" aria-label="Sections">
          {sections.map((section) =>
            section.children ? (
              <Stack gap={2} key={section.key} data-testid={`nav-${section.key}`}>
                <Divider my="xs" />
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pb={4}>
                  {section.label}
                </Text>
                {section.children.map((child) => (
                  <NavigationLink key={child.key} section={child} onNavigate={onNavigate} />
                ))}
              </Stack>
            ) : (
              <NavigationLink key={section.key} section={section} onNavigate={onNavigate} />
            ),
          )}
        </Stack>
      </AppShell.Section>
      <AppShell.Section hiddenFrom="sm" pt="sm">
        <Divider mb="sm" />
        <Text size="sm" fw={600}>
          {me.name}
        </Text>
        <Text size="xs" c="dimmed" mb={4}>
          {me.email}
        </Text>
        <RoleBadges roles={me.roles} size="xs" />
      </AppShell.Section>
    </>
  );
}
