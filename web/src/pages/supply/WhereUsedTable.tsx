import { Table, Text } from '@mantine/core';
import { useWhereUsed } from '../../api/catalog';
import { ProblemAlert } from '../../components/ProblemAlert';

interface WhereUsedTableProps {
  partId: string;
  date: string;
  onOpen: (partId: string) => void;
}

/** Every assembly that contains the part on the date, directly (level 1) or further up. */
export function WhereUsedTable({ partId, date, onOpen }: WhereUsedTableProps) {
  const whereUsed = useWhereUsed(partId, date);
  if (whereUsed.error) return <ProblemAlert error={whereUsed.error} />;
  if (whereUsed.isPending)
    return (
      <Text size="sm" c="dimmed">
        Loading…
      </Text>
    );
  const items = whereUsed.data.items;
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="where-used">
        Not used in any assembly on {date}.
      </Text>
    );
  return (
    <>
      <Table.ScrollContainer minWidth={420}>
        <Table verticalSpacing={4} data-testid="where-used">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Assembly</Table.Th>
              <Table.Th ta="right">Qty</Table.Th>
              <Table.Th ta="right">Level</Table.Th>
              <Table.Th>Revision</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={`${item.partId}:${item.level}`}>
                <Table.Td>
                  <Text
                    component="button"
                    type="button"
                    size="sm"
                    ff="monospace"
                    c="indigo"
                    td="underline"
                    onClick={() => onOpen(item.partId)}
                    style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer' }}
                  >
                    {item.partNumber}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{item.quantity}</Table.Td>
                <Table.Td ta="right">{item.level}</Table.Td>
                <Table.Td>{item.revision}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt={4}>
        Level 1 assemblies contain the part directly; on higher levels the quantity is that of the
        sub-assembly one level down.
      </Text>
    </>
  );
}
