import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from 'react-router';
import { AppHeader } from './AppHeader';
import { MainNavigation } from './MainNavigation';

const HEADER_HEIGHT = 56;
const NAVBAR_WIDTH = 240;

/** The signed-in frame: header, section navigation (behind a burger on small screens) and the page. */
export function AppFrame() {
  const [navigationOpened, navigation] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: HEADER_HEIGHT }}
      navbar={{ width: NAVBAR_WIDTH, breakpoint: 'sm', collapsed: { mobile: !navigationOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <AppHeader navigationOpened={navigationOpened} onToggleNavigation={navigation.toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <MainNavigation onNavigate={navigation.close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
