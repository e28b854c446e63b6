import { Anchor, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PurchaseOrderSummary } from '../../../api/supplyTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { formatCents, formatNumber } from '../../../lib/format';
import { PoStatusBadge } from '../PoStatusBadge';
import { RestrictedBadge } from '../RestrictedBadge';
import { purchaseOrderPath } from '../supplyPaths';

interface PurchaseOrdersTableProps {
  orders: PurchaseOrderSummary[];
  loading: boolean;
}

const COLUMN_COUNT = 7;

export function PurchaseOrdersTable({ orders, loading }: PurchaseOrdersTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="purchase-orders-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Number</Table.Th>
            <Table.Th>Supplier</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Ordered</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th w={160}>Received</Table.Th>
            <Table.Th ta="right">Total</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>
              {loading ? 'Loading purchase orders…' : 'No purchase order matches.'}
            </TableMessageRow>
          )}
          {orders.map((po) => (
            <Table.Tr key={po.id} data-testid={`po-row-${po.number}`}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={purchaseOrderPath(po.number)}
                  ff="monospace"
                  fw={600}
                  size="sm"
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {po.number}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm">{po.supplierName}</Text>
                    {po.restricted && <RestrictedBadge list={null} size="xs" />}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {po.supplierCode} · {po.origin} · {po.incoterm}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <PoStatusBadge status={po.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{po.orderDate}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{po.dueDate}</Table.Td>
              <Table.Td>
                <Text size="xs" mb={4}>
                  {formatNumber(po.receivedQuantity)} of {formatNumber(po.quantity)}
                </Text>
                <Progress
                  value={po.quantity ? (100 * po.receivedQuantity) / po.quantity : 0}
                  size="sm"
                  color={po.receivedQuantity >= po.quantity ? 'green' : 'indigo'}
                  aria-label={`${po.receivedQuantity} of ${po.quantity} received`}
                />
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatCents(po.totalCents)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
