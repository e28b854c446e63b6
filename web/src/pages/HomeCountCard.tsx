import { Card, Group, Text } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { HomeCount } from '../api/types';
import { formatNumber } from '../lib/format';
import { findSection } from '../sections';

/** Where a count leads: its own path, else its section's page. */
function countTarget(count: HomeCount): string | null {
  return count.path ?? findSection(count.section)?.path ?? null;
}

export function HomeCountCard({ count }: { count: HomeCount }) {
  const target = countTarget(count);
  const body = (
    <>
      <Text size="sm" c="dimmed" fw={500}>
        {count.label}
      </Text>
      <Group justify="space-between" align="flex-end" mt="xs" wrap="nowrap">
        <Text fz={32} fw={700} lh={1.1} data-testid={`home-count-${count.key}`}>
          {formatNumber(count.value)}
        </Text>
        {target && <IconChevronRight size={18} color="var(--mantine-color-dimmed)" />}
      </Group>
    </>
  );

  if (!target) {
    return (
      <Card withBorder radius="md" padding="lg" data-testid={`home-card-${count.key}`}>
        {body}
      </Card>
    );
  }
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component={Link}
      to={target}
      aria-label={`${count.label}: ${formatNumber(count.value)}`}
      data-testid={`home-card-${count.key}`}
      style={{ textDecoration: 'none', color: 'inherit' }}
    >
      {body}
    </Card>
  );
}
