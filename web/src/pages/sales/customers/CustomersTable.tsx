import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CustomerSummary } from '../../../api/salesTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { formatNumber } from '../../../lib/format';
import { customerPath, SALES_ORDERS_PATH } from '../salesPaths';

interface CustomersTableProps {
  customers: CustomerSummary[];
  loading: boolean;
}

const COLUMN_COUNT = 6;

/** Customer accounts, most important first as the promise weighs them. */
export function CustomersTable({ customers, loading }: CustomersTableProps) {
  const sorted = [...customers].sort(
    (a, b) => a.priority - b.priority || a.code.localeCompare(b.code),
  );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="customers-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Code</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Priority</Table.Th>
            <Table.Th ta="right">Fleet</Table.Th>
            <Table.Th ta="right">Sites</Table.Th>
            <Table.Th>Orders</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>
              {loading ? 'Loading customers…' : 'No customers yet.'}
            </TableMessageRow>
          )}
          {sorted.map((customer) => (
            <Table.Tr key={customer.id} data-testid={`customer-row-${customer.code}`}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={customerPath(customer.code)}
                  ff="monospace"
                  fw={600}
                  size="sm"
                >
                  {customer.code}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{customer.name}</Text>
                {customer.note && (
                  <Text size="xs" c="dimmed">
                    {customer.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={customer.priority <= 2 ? 'indigo' : 'gray'} size="sm">
                  P{customer.priority}
                </Badge>
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(customer.fleetSize)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(customer.sites)}
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`${SALES_ORDERS_PATH}?customer=${encodeURIComponent(customer.code)}`}
                  size="sm"
                >
                  Orders
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
