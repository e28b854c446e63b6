import { Badge, Group, Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useRefundExposure } from '../../../api/trade';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatCents } from '../../../lib/format';
import { referenceLabel } from '../../../lib/references';

/** Duty paid on recorded entries under programs voided since: the total and entry by entry. */
export function RefundExposureCard() {
  const exposure = useRefundExposure();
  if (exposure.error)
    return <ProblemAlert error={exposure.error} title="Refund exposure could not be loaded" />;
  if (exposure.isPending) return <Skeleton height={220} radius="md" />;
  const { entries, totalCents, entriesConsidered } = exposure.data;
  return (
    <Paper withBorder radius="md" data-testid="refund-exposure">
      <Stack gap={4} p="md">
        <Text size="sm" c="dimmed" fw={500}>
          Refundable duty
        </Text>
        <Text
          fz={32}
          fw={700}
          lh={1.1}
          ff="monospace"
          c={totalCents > 0 ? 'orange.8' : undefined}
          data-testid="refund-total"
        >
          {formatCents(totalCents)}
        </Text>
        <Text size="sm" c="dimmed">
          {entries.length} of {entriesConsidered} recorded entr
          {entriesConsidered === 1 ? 'y' : 'ies'} paid duty under programs voided since: what was
          paid under them may be claimed back.
        </Text>
      </Stack>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" highlightOnHover data-testid="refund-entries">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Entry</Table.Th>
              <Table.Th>Entered</Table.Th>
              <Table.Th>Reference</Table.Th>
              <Table.Th>Voided programs</Table.Th>
              <Table.Th ta="right">Duty paid</Table.Th>
              <Table.Th ta="right">Refundable</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.length === 0 && (
              <TableMessageRow colSpan={6}>
                No recorded entry paid duty under a program voided since.
              </TableMessageRow>
            )}
            {entries.map((entry) => (
              <Table.Tr key={entry.entryNumber} data-testid={`refund-entry-${entry.entryNumber}`}>
                <Table.Td ff="monospace" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {entry.entryNumber}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{entry.entryDate}</Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    c={entry.reference ? undefined : 'dimmed'}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {entry.reference ? referenceLabel(entry.reference) : EMPTY_VALUE}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {entry.programs.map((program) => (
                      <Badge key={program} color="orange" variant="light" tt="none" radius="sm">
                        {program}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatCents(entry.dutyPaidCents)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace" fw={600} c="orange.8">
                  {formatCents(entry.refundableCents)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
