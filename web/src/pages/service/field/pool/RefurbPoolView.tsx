import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useRefurbPool } from '../../../../api/refurb';
import { useHasAnyRole } from '../../../../auth/useHasAnyRole';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { TableMessageRow } from '../../../../components/TableMessageRow';
import { EMPTY_VALUE, formatDateTime } from '../../../../lib/format';
import { DEPOT_BENCH } from '../../serviceLabels';
import { AddRefurbModal } from './AddRefurbModal';

const nowrap = { whiteSpace: 'nowrap' } as const;

/**
 * Refurbished machines kept to ship ahead of repairs: what is available by model and grade,
 * and what went out. The bench adds machines it has refurbished.
 */
export function RefurbPoolView() {
  const bench = useHasAnyRole(DEPOT_BENCH);
  const pool = useRefurbPool();
  const items = pool.data?.items ?? [];
  const available = items.filter((u) => u.status === 'available').length;
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" data-testid="pool-available">
          {available} available of {items.length}. Grade A ships first.
        </Text>
        {bench && (
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => setAdding(true)}
            data-testid="pool-add"
          >
            Add a refurbished machine
          </Button>
        )}
      </Group>
      <ProblemAlert error={pool.error} title="The pool could not be loaded" />
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" data-testid="refurb-pool">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Serial</Table.Th>
                <Table.Th>Model</Table.Th>
                <Table.Th>Grade</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Note</Table.Th>
                <Table.Th>Added</Table.Th>
                <Table.Th>Shipped</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 && (
                <TableMessageRow colSpan={7}>
                  {pool.isPending ? 'Loading the pool…' : 'The pool is empty.'}
                </TableMessageRow>
              )}
              {items.map((u) => (
                <Table.Tr key={u.serial} data-testid={`pool-${u.serial}`}>
                  <Table.Td ff="monospace" fw={600} style={nowrap}>
                    {u.serial}
                  </Table.Td>
                  <Table.Td style={nowrap}>{u.model}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="outline" color={u.grade === 'A' ? 'teal' : 'yellow'}>
                      {u.grade}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      size="sm"
                      variant="light"
                      color={u.status === 'available' ? 'green' : 'gray'}
                      data-testid="pool-status"
                    >
                      {u.status === 'available' ? 'Available' : 'Shipped ahead'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{u.note ?? EMPTY_VALUE}</Text>
                  </Table.Td>
                  <Table.Td style={nowrap}>{formatDateTime(u.addedAt)}</Table.Td>
                  <Table.Td style={nowrap}>{formatDateTime(u.shippedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <AddRefurbModal opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}
