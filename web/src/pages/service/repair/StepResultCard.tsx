import { Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { BenchStepResult } from '../../../api/depotTypes';
import { formatBp, formatCents } from '../../../lib/format';
import { RMA_STATUS_LABELS } from '../serviceLabels';

/** What the last step answered: a retest's verdict with its reasons, or a diagnosis's quote. */
export function StepResultCard({ result }: { result: BenchStepResult }) {
  if (result.result) {
    const passed = result.result === 'pass';
    return (
      <Paper
        withBorder
        radius="md"
        p="md"
        bg={passed ? 'var(--mantine-color-green-light)' : 'var(--mantine-color-red-light)'}
        data-testid="bench-verdict"
        data-result={result.result}
      >
        <Stack gap="xs">
          <Group gap="sm">
            <Badge size="lg" color={passed ? 'green' : 'red'} data-testid="bench-verdict-result">
              {passed ? 'Pass' : 'Fail'}
            </Badge>
            <Text size="sm">
              Attempt {result.attempt} · hashrate {formatBp(result.hashrateBp, 1)} of nominal ·{' '}
              {passed ? 'ready to ship' : 'back to repair'}
            </Text>
          </Group>
          {(result.reasons ?? []).length > 0 && (
            <List size="sm" c="red.8" data-testid="bench-verdict-reasons">
              {result.reasons!.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Paper>
    );
  }
  return (
    <Paper withBorder radius="md" p="md" data-testid="bench-diagnosis-result">
      <Text size="sm">
        Diagnosis recorded: {RMA_STATUS_LABELS[result.status].toLowerCase()}.
        {result.quote &&
          ` Quote ${formatCents(result.quote.totalCents)} (parts ${formatCents(result.quote.partsCents)}, labour ${formatCents(result.quote.labourCents)}${result.quote.capped ? ', capped at the machine’s value' : ''}) sent to the customer.`}
      </Text>
    </Paper>
  );
}
