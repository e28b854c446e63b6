import { Anchor, Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { BurnInVerdict } from '../../../api/shopFloorTypes';
import { formatBp } from '../../../lib/format';
import { formatJth } from '../productionLabels';
import { unitPath } from '../productionPaths';

/** The verdict of the run just recorded: pass or fail, in large type, with the reasons. */
export function BurnInVerdictCard({ verdict }: { verdict: BurnInVerdict }) {
  const passed = verdict.result === 'pass';
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      bg={passed ? 'var(--mantine-color-green-light)' : 'var(--mantine-color-red-light)'}
      data-testid="kiosk-verdict"
      data-result={verdict.result}
    >
      <Stack gap="sm">
        <Group gap="md">
          <Badge size="xl" color={passed ? 'green' : 'red'} data-testid="kiosk-verdict-result">
            {passed ? 'Pass' : 'Fail'}
          </Badge>
          <Anchor
            component={Link}
            to={unitPath(verdict.serial)}
            ff="monospace"
            fw={700}
            size="xl"
            data-testid="kiosk-verdict-serial"
          >
            {verdict.serial}
          </Anchor>
          <Text c="dimmed">attempt {verdict.attempt}</Text>
        </Group>
        <Text>
          Hashrate {formatBp(verdict.hashrateBp, 1)} of nominal ·{' '}
          {formatJth(verdict.efficiencyJthX100)}
          {passed && ' · in finished goods'}
        </Text>
        {verdict.reasons.length > 0 && (
          <List c="red.8" data-testid="kiosk-verdict-reasons">
            {verdict.reasons.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
