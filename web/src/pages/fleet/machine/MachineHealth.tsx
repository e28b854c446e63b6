import { Paper, Skeleton, Table, Text } from '@mantine/core';
import { useFaults, useMachineEvidence } from '../../../api/fleetHealth';
import type { FaultEpisode } from '../../../api/fleetHealthTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatDateTime, formatNumber } from '../../../lib/format';
import { FaultEpisodeRow, TicketCell, WorstReadingCell } from '../health/FaultEpisodeRow';
import { EpisodeStatusBadge } from '../health/HealthBadges';
import { faultLabel, partLabel } from '../health/healthFormat';
import { WarrantyEvidenceList } from '../health/WarrantyEvidenceList';

const nowrap = { whiteSpace: 'nowrap' } as const;
/** The newest faults of a machine shown; a machine rarely has more. */
const LIMIT = 200;

/** Open ones first, then the newest. */
const byOpenThenNewest = (a: FaultEpisode, b: FaultEpisode) =>
  (a.status === 'open' ? 0 : 1) - (b.status === 'open' ? 0 : 1) || b.openedAt - a.openedAt;

/** Every fault found on the machine, open and resolved, with the ticket each went to. */
export function MachineFaults({ machineId }: { machineId: string }) {
  const faults = useFaults({ machineId, limit: LIMIT });
  if (faults.error) return <ProblemAlert error={faults.error} title="Faults could not be loaded" />;
  const items = [...(faults.data?.items ?? [])].sort(byOpenThenNewest);
  const total = faults.data?.total ?? 0;
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="xs" data-testid="machine-faults-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Fault</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Worst reading</Table.Th>
              <Table.Th>Since</Table.Th>
              <Table.Th>Resolved</Table.Th>
              <Table.Th>Ticket</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 && (
              <TableMessageRow colSpan={6}>
                {faults.isPending
                  ? 'Loading faults…'
                  : 'No fault found on this machine: it has read healthy.'}
              </TableMessageRow>
            )}
            {items.map((f) => (
              <FaultEpisodeRow key={f.id} episode={f} testId="machine-fault-row">
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {f.label || faultLabel(f.fault)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {partLabel(f.part)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <EpisodeStatusBadge status={f.status} />
                </Table.Td>
                <WorstReadingCell episode={f} />
                <Table.Td style={nowrap}>
                  <Text size="sm">{formatDateTime(f.since)}</Text>
                  <Text size="xs" c="dimmed">
                    opened {formatDateTime(f.openedAt)}
                  </Text>
                </Table.Td>
                <Table.Td style={nowrap}>
                  {f.resolvedAt === null ? EMPTY_VALUE : formatDateTime(f.resolvedAt)}
                </Table.Td>
                <TicketCell episode={f} />
              </FaultEpisodeRow>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > items.length && (
        <Text size="xs" c="dimmed" p="sm">
          The newest {formatNumber(items.length)} of {formatNumber(total)} faults.
        </Text>
      )}
    </Paper>
  );
}

/** Warranty-relevant conditions recorded on the machine, shown and never applied. */
export function MachineEvidence({ machineId }: { machineId: string }) {
  const evidence = useMachineEvidence(machineId);
  if (evidence.error)
    return <ProblemAlert error={evidence.error} title="Warranty evidence could not be loaded" />;
  if (evidence.isPending) return <Skeleton height={80} radius="md" />;
  return <WarrantyEvidenceList items={evidence.data.items} />;
}
