import { Button, EmptyState, Paper } from '@mantine/core';
import { IconMapPinOff } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <Paper withBorder radius="md" p="xl" mt="md">
      <EmptyState
        data-testid="not-found"
        icon={<IconMapPinOff size={32} stroke={1.5} />}
        withIndicatorBackground
        title="Page not found"
        description={`There is no page at ${pathname}. It may have moved, or the link may be mistyped.`}
      >
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="default">
            Go to Home
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
