import { Anchor, Code, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Built } from '../../../api/shopFloorTypes';
import { unitPath } from '../productionPaths';

interface BuiltListProps {
  title: string;
  /** Newest first. */
  items: Built[];
}

/** What this kiosk built in this session, newest first and largest. */
export function BuiltList({ title, items }: BuiltListProps) {
  if (items.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="kiosk-built">
      <Text fw={600} mb="xs">
        {title}
      </Text>
      <Stack gap={6}>
        {items.map((item, index) => (
          <Group
            key={item.serial}
            gap="sm"
            data-testid="kiosk-built-item"
            data-serial={item.serial}
          >
            <IconCircleCheck size={index === 0 ? 28 : 18} color="var(--mantine-color-green-6)" />
            <Anchor
              component={Link}
              to={unitPath(item.serial)}
              ff="monospace"
              fw={700}
              size={index === 0 ? 'xl' : 'md'}
            >
              {item.serial}
            </Anchor>
            {item.chipLot && (
              <Text size="sm" c="dimmed">
                chip lot <Code>{item.chipLot}</Code>
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {item.workOrder}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
