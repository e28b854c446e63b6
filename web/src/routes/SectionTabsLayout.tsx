import { Group, Tabs, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../auth/CurrentUserContext';
import { canSeeSection, type AppSection } from '../sections';

interface SectionTabsLayoutProps {
  section: AppSection;
  tabs: AppSection[];
}

function activeTab(pathname: string, tabs: AppSection[]): string | null {
  const tab = tabs.find((t) => pathname === t.path || pathname.startsWith(`${t.path}/`));
  return tab?.key ?? null;
}

/**
 * The tabs of a section above the page of the active tab; the note says what is still to come.
 * Tabs the user may not open are left out (their pages still refuse them).
 */
export function SectionTabsLayout({ section, tabs: allTabs }: SectionTabsLayoutProps) {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const roles = useCurrentUser().roles;
  const tabs = allTabs.filter((tab) => canSeeSection(tab, roles));
  const paths = new Map(tabs.map((tab) => [tab.key, tab.path]));

  return (
    <>
      <Tabs
        value={activeTab(pathname, tabs)}
        onChange={(key) => {
          const path = key ? paths.get(key) : undefined;
          if (path) navigate(path);
        }}
        mb="md"
        aria-label={section.label}
      >
        <Tabs.List style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          {tabs.map((tab) => {
            const Icon = tab.icon;
            return (
              <Tabs.Tab
                key={tab.key}
                value={tab.key}
                leftSection={<Icon size={16} stroke={1.6} />}
                data-testid={`tab-${tab.key}`}
                style={{ whiteSpace: 'nowrap' }}
              >
                {tab.label}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
      </Tabs>
      <Outlet />
      {section.emptyState && (
        <Group gap={6} mt="xl" wrap="nowrap" align="flex-start" data-testid="section-note">
          <IconInfoCircle size={16} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
          <Text size="sm" c="dimmed">
            Not built yet: {section.emptyState}
          </Text>
        </Group>
      )}
    </>
  );
}
