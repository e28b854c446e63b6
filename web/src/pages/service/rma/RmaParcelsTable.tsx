import { Badge, Table, Text } from '@mantine/core';
import type { RmaParcel } from '../../../api/serviceTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatNumber } from '../../../lib/format';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** The parcels that carried the machines to the depot and back to the site. */
export function RmaParcelsTable({ parcels }: { parcels: RmaParcel[] }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" data-testid="rma-parcels">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Parcel</Table.Th>
            <Table.Th>Carrier</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Departed</Table.Th>
            <Table.Th>Delivered</Table.Th>
            <Table.Th ta="right">Machines</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {parcels.length === 0 && (
            <TableMessageRow colSpan={6}>Nothing shipped yet.</TableMessageRow>
          )}
          {parcels.map((p) => (
            <Table.Tr key={p.number} data-testid={`rma-parcel-${p.direction}`}>
              <Table.Td style={nowrap}>
                <Text size="sm" ff="monospace">
                  {p.number}
                </Text>
                <Text size="xs" c="dimmed">
                  {p.direction === 'to_depot' ? 'To the depot' : 'Back to the site'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.carrier}</Text>
                <Text size="xs" c="dimmed" ff="monospace" data-testid="rma-parcel-tracking">
                  {p.trackingNumber ?? EMPTY_VALUE}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge
                  size="sm"
                  variant="light"
                  color={p.status === 'delivered' ? 'green' : 'blue'}
                  data-testid="rma-parcel-status"
                >
                  {p.status === 'delivered' ? 'Delivered' : 'In transit'}
                </Badge>
              </Table.Td>
              <Table.Td ff="monospace" style={nowrap}>
                {p.departedOn}
              </Table.Td>
              <Table.Td ff="monospace" style={nowrap}>
                {p.deliveredOn ?? EMPTY_VALUE}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(p.units)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
