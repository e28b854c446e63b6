import { Alert, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import type { WarrantyEvidence } from '../../../api/fleetHealthTypes';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { EVIDENCE_LABELS } from './healthFormat';

/**
 * Conditions recorded on the machine that bear on warranty (heat, firmware, clocks). They are
 * listed for people to weigh; the warranty itself is never changed by them.
 */
export function WarrantyEvidenceList({ items }: { items: WarrantyEvidence[] }) {
  return (
    <Stack gap="xs" data-testid="warranty-evidence">
      <Alert color="gray" variant="light" icon={<IconScale size={18} />} p="xs">
        <Text size="sm">
          Shown for people to judge: none of this is applied to the warranty by itself.
        </Text>
      </Alert>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="warranty-evidence-empty">
          Nothing recorded that bears on warranty.
        </Text>
      ) : (
        items.map((e) => (
          <Paper
            key={`${e.kind}:${e.firstSeenAt}`}
            withBorder
            radius="md"
            p="sm"
            data-testid="warranty-evidence-item"
          >
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Badge color="yellow" variant="light" size="sm">
                {EVIDENCE_LABELS[e.kind] ?? e.kind}
              </Badge>
              <Text size="xs" c="dimmed">
                {formatNumber(e.occurrences)} {e.occurrences === 1 ? 'time' : 'times'} ·{' '}
                {formatDateTime(e.firstSeenAt)} to {formatDateTime(e.lastSeenAt)}
              </Text>
            </Group>
            <Text size="sm" mt={4}>
              {e.detail}
            </Text>
          </Paper>
        ))
      )}
    </Stack>
  );
}
