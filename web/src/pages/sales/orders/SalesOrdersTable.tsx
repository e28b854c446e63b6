import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { SalesOrderSummary } from '../../../api/salesTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatNumber } from '../../../lib/format';
import { SalesOrderStatusBadge } from '../SalesOrderStatusBadge';
import { salesOrderPath, SALES_ORDERS_PATH } from '../salesPaths';

interface SalesOrdersTableProps {
  orders: SalesOrderSummary[];
  loading: boolean;
  /** Where the order links lead (staff list or a customer's "My orders"). */
  basePath?: string;
  /** A customer's own list leaves out the customer column. */
  showCustomer?: boolean;
}

export function SalesOrdersTable({
  orders,
  loading,
  basePath = SALES_ORDERS_PATH,
  showCustomer = true,
}: SalesOrdersTableProps) {
  const columns = showCustomer ? 6 : 5;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="sales-orders-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Number</Table.Th>
            {showCustomer && <Table.Th>Customer</Table.Th>}
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Units</Table.Th>
            <Table.Th>First requested week</Table.Th>
            <Table.Th>Customer PO</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.length === 0 && (
            <TableMessageRow colSpan={columns}>
              {loading ? 'Loading orders…' : 'No order matches.'}
            </TableMessageRow>
          )}
          {orders.map((order) => (
            <Table.Tr key={order.id} data-testid={`so-row-${order.number}`}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={salesOrderPath(order.number, basePath)}
                  ff="monospace"
                  fw={600}
                  size="sm"
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {order.number}
                </Anchor>
              </Table.Td>
              {showCustomer && (
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">{order.customerName}</Text>
                    <Text size="xs" c="dimmed">
                      {order.customerCode}
                    </Text>
                  </Stack>
                </Table.Td>
              )}
              <Table.Td>
                <SalesOrderStatusBadge status={order.status} />
              </Table.Td>
              <Table.Td ta="right" ff="monospace" data-testid="so-units">
                {formatNumber(order.units)}
              </Table.Td>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {order.firstWeek ?? EMPTY_VALUE}
              </Table.Td>
              <Table.Td>{order.customerPo ?? EMPTY_VALUE}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
