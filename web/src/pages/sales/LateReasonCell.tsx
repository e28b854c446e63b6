import { Badge, Stack, Text } from '@mantine/core';
import type { LateReason } from '../../api/promiseTypes';
import { LATE_KIND_COLORS, LATE_KIND_LABELS } from './salesLabels';

/** Why a line is late or short: its kind as a badge over the engine's sentence; "On time" else. */
export function LateReasonCell({ late }: { late: LateReason | null }) {
  if (!late)
    return (
      <Text size="sm" c="green.8" data-testid="late-none">
        On time
      </Text>
    );
  return (
    <Stack gap={2} data-testid="late-reason" data-kind={late.kind}>
      <Badge color={LATE_KIND_COLORS[late.kind]} variant="light" size="sm">
        {LATE_KIND_LABELS[late.kind]}
      </Badge>
      <Text size="xs" c="dimmed" maw={280}>
        {late.detail}
      </Text>
    </Stack>
  );
}
