import type { ReactNode } from 'react';
import { Divider, Group, Stack, Text } from '@mantine/core';
import { formatCents } from '../lib/format';

export interface CostLine {
  label: ReactNode;
  cents: number;
  /** Small text after the label, e.g. a rate. */
  hint?: string;
}

interface CostLinesProps {
  lines: CostLine[];
  totalLabel: string;
  totalCents: number;
  totalTestId?: string;
}

/** A cost breakdown: one line per component, then the total. */
export function CostLines({ lines, totalLabel, totalCents, totalTestId }: CostLinesProps) {
  return (
    <Stack gap={4}>
      {lines.map((line, index) => (
        <Group key={index} justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm">
            {line.label}
            {line.hint && (
              <Text span size="xs" c="dimmed">
                {' '}
                {line.hint}
              </Text>
            )}
          </Text>
          <Text size="sm" ff="monospace">
            {formatCents(line.cents)}
          </Text>
        </Group>
      ))}
      <Divider my={4} />
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={700}>
          {totalLabel}
        </Text>
        <Text size="sm" fw={700} ff="monospace" data-testid={totalTestId}>
          {formatCents(totalCents)}
        </Text>
      </Group>
    </Stack>
  );
}
