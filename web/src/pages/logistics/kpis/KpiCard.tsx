import type { ReactNode } from 'react';
import { Group, Paper, Stack, Text } from '@mantine/core';

interface KpiCardProps {
  title: string;
  /** The headline figure. */
  value: ReactNode;
  /** Label and value pairs under it. */
  details: [string, ReactNode][];
  'data-testid'?: string;
}

/** One delivery KPI: a headline figure over the numbers it is made of. */
export function KpiCard({ title, value, details, 'data-testid': testId }: KpiCardProps) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {title}
      </Text>
      <Text size="xl" fw={700} ff="monospace" mt={4} data-testid="kpi-value">
        {value}
      </Text>
      <Stack gap={2} mt="xs">
        {details.map(([label, detail]) => (
          <Group key={label} justify="space-between" gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text size="xs" ff="monospace">
              {detail}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
