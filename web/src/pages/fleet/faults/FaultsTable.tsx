import { Anchor, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { FaultEpisode } from '../../../api/fleetHealthTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatDateTime } from '../../../lib/format';
import { fleetMachinePath, fleetSitePath } from '../fleetPaths';
import { formatAgo } from '../fleetFormat';
import { FaultEpisodeRow, TicketCell, WorstReadingCell } from '../health/FaultEpisodeRow';
import { EpisodeStatusBadge } from '../health/HealthBadges';
import { faultLabel, partLabel } from '../health/healthFormat';

const nowrap = { whiteSpace: 'nowrap' } as const;

interface FaultsTableProps {
  faults: FaultEpisode[];
  loading: boolean;
  /** Customers by site id, for staff reading every customer's faults. */
  customerOf?: ReadonlyMap<string, string> | null;
}

/** Fault episodes: the machine, its site, what is wrong and since when, and the ticket. */
export function FaultsTable({ faults, loading, customerOf }: FaultsTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="faults-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Machine</Table.Th>
            <Table.Th>Site</Table.Th>
            <Table.Th>Fault</Table.Th>
            <Table.Th>Worst reading</Table.Th>
            <Table.Th>Since</Table.Th>
            <Table.Th>Ticket</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {faults.length === 0 && (
            <TableMessageRow colSpan={6}>
              {loading ? 'Loading faults…' : 'No fault matches.'}
            </TableMessageRow>
          )}
          {faults.map((f) => (
            <FaultEpisodeRow key={f.id} episode={f} testId="fault-row">
              <Table.Td style={nowrap}>
                <Anchor
                  component={Link}
                  to={fleetMachinePath(f.machineId)}
                  ff="monospace"
                  size="sm"
                  data-testid="fault-machine-link"
                >
                  {f.ip ?? f.unitSerial ?? 'Machine'}
                </Anchor>
                <Text size="xs" c="dimmed" ff="monospace">
                  {[f.unitSerial, f.hostname].filter(Boolean).join(' · ') || EMPTY_VALUE}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={fleetSitePath(f.siteId)} size="sm">
                  {f.siteCode} · {f.siteName}
                </Anchor>
                {customerOf?.get(f.siteId) && (
                  <Text size="xs" c="dimmed">
                    {customerOf.get(f.siteId)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap" align="baseline">
                  <Text size="sm" fw={600}>
                    {f.label || faultLabel(f.fault)}
                  </Text>
                  <EpisodeStatusBadge status={f.status} />
                </Group>
                <Text size="xs" c="dimmed">
                  {partLabel(f.part)}
                  {f.model ? ` · ${f.model}` : ''}
                </Text>
              </Table.Td>
              <WorstReadingCell episode={f} />
              <Table.Td style={nowrap} title={formatDateTime(f.since)}>
                <Text size="sm">{formatAgo(f.since)}</Text>
                <Text size="xs" c="dimmed">
                  {f.resolvedAt === null
                    ? `opened ${formatDateTime(f.openedAt)}`
                    : `resolved ${formatDateTime(f.resolvedAt)}`}
                </Text>
              </Table.Td>
              <TicketCell episode={f} />
            </FaultEpisodeRow>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
