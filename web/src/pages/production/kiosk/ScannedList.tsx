import { CloseButton, Group, Paper, Text } from '@mantine/core';
import { formatNumber } from '../../../lib/format';

export interface ScannedItem {
  serial: string;
  /** What it turned out to be, e.g. a part number. */
  note?: string;
}

interface ScannedListProps {
  title: string;
  items: ScannedItem[];
  /** How many are needed, when known. */
  wanted?: number;
  onRemove: (serial: string) => void;
  testId: string;
}

/** Serials scanned so far for one assembly, each removable with a tap. */
export function ScannedList({ title, items, wanted, onRemove, testId }: ScannedListProps) {
  const complete = wanted !== undefined && items.length === wanted;
  return (
    <Paper withBorder radius="md" p="md" style={{ flex: 1 }} data-testid={testId}>
      <Text fw={600} mb="xs" c={complete ? 'green.7' : undefined}>
        {title}{' '}
        <Text span c="dimmed" data-testid={`${testId}-count`}>
          {formatNumber(items.length)}
          {wanted !== undefined && ` / ${formatNumber(wanted)}`}
        </Text>
      </Text>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          Nothing scanned yet.
        </Text>
      )}
      {items.map((item) => (
        <Group key={item.serial} gap="xs" justify="space-between" wrap="nowrap">
          <Group gap="sm">
            <Text ff="monospace" size="lg" data-testid={`${testId}-item`}>
              {item.serial}
            </Text>
            {item.note && (
              <Text size="sm" c="dimmed">
                {item.note}
              </Text>
            )}
          </Group>
          <CloseButton
            size="lg"
            aria-label={`Remove ${item.serial}`}
            onClick={() => onRemove(item.serial)}
          />
        </Group>
      ))}
    </Paper>
  );
}
