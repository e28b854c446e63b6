import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { RmaSummary } from '../../../api/serviceTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { RmaStatusBadge } from '../RmaStatusBadge';
import { rmaPath } from '../servicePaths';

interface RmasTableProps {
  rmas: RmaSummary[];
  loading: boolean;
  /** Where the RMA links lead (staff list or a customer's "My RMAs"). */
  basePath: string;
  showCustomer: boolean;
}

const nowrap = { whiteSpace: 'nowrap' } as const;

export function RmasTable({ rmas, loading, basePath, showCustomer }: RmasTableProps) {
  const columns = showCustomer ? 8 : 7;
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="rmas-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Number</Table.Th>
            {showCustomer && <Table.Th>Customer</Table.Th>}
            <Table.Th>Site</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Machines</Table.Th>
            <Table.Th ta="right">Covered</Table.Th>
            <Table.Th ta="right">Past SLA</Table.Th>
            <Table.Th>Opened</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rmas.length === 0 && (
            <TableMessageRow colSpan={columns}>
              {loading ? 'Loading RMAs…' : 'No RMA matches.'}
            </TableMessageRow>
          )}
          {rmas.map((r) => (
            <Table.Tr key={r.id} data-testid={`rma-row-${r.number}`}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={rmaPath(r.number, basePath)}
                  ff="monospace"
                  fw={600}
                  size="sm"
                  style={nowrap}
                >
                  {r.number}
                </Anchor>
              </Table.Td>
              {showCustomer && <Table.Td>{r.customerCode}</Table.Td>}
              <Table.Td>{r.siteCode}</Table.Td>
              <Table.Td>
                <RmaStatusBadge status={r.status} />
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(r.units)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(r.covered)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace" data-testid="rma-breached">
                <Text
                  span
                  inherit
                  c={r.breached > 0 ? 'red.7' : 'dimmed'}
                  fw={r.breached ? 700 : 400}
                >
                  {formatNumber(r.breached)}
                </Text>
              </Table.Td>
              <Table.Td style={nowrap}>
                <Text size="sm">{formatDateTime(r.createdAt)}</Text>
                <Text size="xs" c="dimmed">
                  {r.tier} · {r.channel}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
