import { Table } from '@mantine/core';
import type { HoldsByReason } from '../../../api/logisticsTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { formatCents, formatNumber } from '../../../lib/format';
import { holdReasonLabel } from '../logisticsLabels';

/** The range's customs holds by reason: how many, units, days and holding cost. */
export function HoldsByReasonTable({ rows }: { rows: HoldsByReason[] }) {
  return (
    <Table verticalSpacing="xs" data-testid="kpi-holds-by-reason">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Reason</Table.Th>
          <Table.Th ta="right">Holds</Table.Th>
          <Table.Th ta="right">Units</Table.Th>
          <Table.Th ta="right">Days</Table.Th>
          <Table.Th ta="right">Holding cost</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.length === 0 && (
          <TableMessageRow colSpan={5}>No customs hold in this range.</TableMessageRow>
        )}
        {rows.map((row) => (
          <Table.Tr key={row.reason} data-testid={`kpi-reason-${row.reason}`}>
            <Table.Td>{holdReasonLabel(row.reason)}</Table.Td>
            <Table.Td ta="right" ff="monospace">
              {formatNumber(row.holds)}
            </Table.Td>
            <Table.Td ta="right" ff="monospace">
              {formatNumber(row.units)}
            </Table.Td>
            <Table.Td ta="right" ff="monospace">
              {formatNumber(row.days)}
            </Table.Td>
            <Table.Td ta="right" ff="monospace">
              {formatCents(row.costCents)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
