import { Table } from '@mantine/core';
import type { FleetModelSummary } from '../../../api/fleetTypes';
import { formatNumber } from '../../../lib/format';
import { formatHashrate, formatHashrateVs, formatShare } from '../fleetFormat';

/** The site's machines by model: how many, online, hashrate against the models' rating. */
export function ByModelTable({ models }: { models: FleetModelSummary[] }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" data-testid="fleet-models-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Model</Table.Th>
            <Table.Th ta="right">Machines</Table.Th>
            <Table.Th ta="right">Online</Table.Th>
            <Table.Th ta="right">Hashrate / nominal</Table.Th>
            <Table.Th ta="right">Of nominal</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {models.map((m) => (
            <Table.Tr key={m.model ?? ''}>
              <Table.Td>{m.model ?? 'Model not reported'}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(m.machines)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(m.online)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {m.nominalThs !== null
                  ? formatHashrateVs(m.hashrateThs, m.nominalThs)
                  : m.model === null
                    ? formatHashrate(m.hashrateThs)
                    : `${formatHashrate(m.hashrateThs)} · not in the catalog`}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatShare(m.nominalThs ? m.hashrateThs / m.nominalThs : null)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
