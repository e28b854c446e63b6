import { Code, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { formatJson } from '../../../lib/format';

interface JsonSnapshotProps {
  title: string;
  value: unknown;
  /** Shown instead of the JSON when the value is null (e.g. "Nothing before: created"). */
  emptyText: string;
  testId?: string;
}

export function JsonSnapshot({ title, value, emptyText, testId }: JsonSnapshotProps) {
  return (
    <Stack gap={6} data-testid={testId} style={{ minWidth: 0 }}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      {value === null || value === undefined ? (
        <Paper withBorder p="sm" radius="sm">
          <Text size="sm" c="dimmed">
            {emptyText}
          </Text>
        </Paper>
      ) : (
        <ScrollArea.Autosize mah="60vh" type="auto">
          <Code block style={{ fontSize: 12 }}>
            {formatJson(value)}
          </Code>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}
