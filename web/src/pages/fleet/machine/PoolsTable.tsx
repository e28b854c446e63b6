import { Badge, Table } from '@mantine/core';
import type { PoolReading, PoolStatus } from '../../../api/fleetTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { formatNumber } from '../../../lib/format';

const POOL_STATUS: Record<PoolStatus, { label: string; color: string }> = {
  alive: { label: 'Alive', color: 'green' },
  dead: { label: 'Dead', color: 'red' },
  disabled: { label: 'Disabled', color: 'gray' },
  unknown: { label: 'Unknown', color: 'yellow' },
};

/** The pools the miner is set to, with the shares each took. */
export function PoolsTable({ pools }: { pools: PoolReading[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" data-testid="machine-pools-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Pool</Table.Th>
            <Table.Th>Worker</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Accepted</Table.Th>
            <Table.Th ta="right">Rejected</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pools.length === 0 && <TableMessageRow colSpan={5}>No pool reported.</TableMessageRow>}
          {pools.map((p, i) => (
            <Table.Tr key={`${i}:${p.url}`}>
              <Table.Td ff="monospace" style={{ wordBreak: 'break-all' }}>
                {p.url}
              </Table.Td>
              <Table.Td ff="monospace">{p.user}</Table.Td>
              <Table.Td>
                <Badge color={POOL_STATUS[p.status].color} variant="light" size="sm">
                  {POOL_STATUS[p.status].label}
                </Badge>
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(p.accepted)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(p.rejected)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
