import { Button } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useLogout } from '../api/auth';
import { LOGIN_PATH } from '../auth/loginRedirect';

/** POSTs logout, then goes to /login whatever the answer (the session is over either way). */
export function SignOutButton() {
  const navigate = useNavigate();
  const logout = useLogout();

  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: () => void navigate(LOGIN_PATH, { replace: true }),
    });

  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconLogout size={16} />}
      loading={logout.isPending}
      onClick={signOut}
      data-testid="sign-out"
      style={{ flexShrink: 0 }}
    >
      Sign out
    </Button>
  );
}
