import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Supplier } from '../../../api/supplyTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatCents } from '../../../lib/format';
import { originLabel } from '../../trade/tradeLabels';
import { RestrictedBadge } from '../RestrictedBadge';
import { supplierPath } from '../supplyPaths';

interface SuppliersTableProps {
  suppliers: Supplier[];
  loading: boolean;
}

const COLUMN_COUNT = 5;

export function SuppliersTable({ suppliers, loading }: SuppliersTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="suppliers-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Supplier</Table.Th>
            <Table.Th>Country</Table.Th>
            <Table.Th ta="right">Lead time</Table.Th>
            <Table.Th ta="right">Minimum order</Table.Th>
            <Table.Th>Contact</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {suppliers.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>
              {loading ? 'Loading suppliers…' : 'No supplier matches.'}
            </TableMessageRow>
          )}
          {suppliers.map((supplier) => (
            <Table.Tr key={supplier.id} data-testid={`supplier-row-${supplier.code}`}>
              <Table.Td>
                <Stack gap={2}>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor component={Link} to={supplierPath(supplier)} fw={600} size="sm">
                      {supplier.name}
                    </Anchor>
                    {supplier.restricted && (
                      <RestrictedBadge
                        list={supplier.restrictedList}
                        warning={supplier.warning}
                        size="xs"
                      />
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {supplier.code}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{originLabel(supplier.country)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {supplier.leadTimeDays} days
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatCents(supplier.minOrderCents)}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={supplier.contactEmail ? undefined : 'dimmed'}>
                  {supplier.contactEmail ?? EMPTY_VALUE}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
