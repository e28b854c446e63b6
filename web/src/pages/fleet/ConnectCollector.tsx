import { Anchor, Code, EmptyState, Paper, Stack, Text } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useHasAnyRole } from '../../auth/useHasAnyRole';
import { TOKENS_PATH } from './fleetPaths';

/**
 * No machine reported yet: how a site's collector is connected. An admin creates a site token,
 * then the collector runs on the site's network and pushes what it reads.
 */
export function ConnectCollector({ title = 'No machine has reported yet' }: { title?: string }) {
  const admin = useHasAnyRole(['admin']);
  const command = `rigline collect --server ${window.location.origin} --token <token> --targets 10.0.0.0/22`;
  return (
    <Paper withBorder radius="md" p="xl">
      <EmptyState
        data-testid="empty-state"
        icon={<IconPlugConnected size={32} stroke={1.5} />}
        withIndicatorBackground
        title={title}
        description="A collector on the site's network reads every miner it finds and reports here."
      >
        <Stack gap="xs" maw={640} mx="auto" mt="md" data-testid="connect-collector">
          <Text size="sm">
            1. Create a site token:{' '}
            {admin ? (
              <Anchor component={Link} to={TOKENS_PATH} size="sm">
                Admin → API tokens
              </Anchor>
            ) : (
              'an admin does it in Admin → API tokens'
            )}
            , scope <b>site</b>, for the site.
          </Text>
          <Text size="sm">
            2. Run the collector on a machine at the site, with its address ranges:
          </Text>
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {command}
          </Code>
          <Text size="xs" c="dimmed">
            Machines appear within a minute of its first sweep.
          </Text>
        </Stack>
      </EmptyState>
    </Paper>
  );
}
