import { Table, Text } from '@mantine/core';
import type { Shortage } from '../../../api/planningTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { TablePager, usePagedRows } from '../../../components/TablePager';
import { formatNumber } from '../../../lib/format';
import { weeksLateLabel } from '../productionLabels';
import { PegList } from './PegList';

const PAGE_SIZE = 20;
const COLUMN_COUNT = 5;

/** Requirements no order can cover in time: the part, when, how many, how late, and for what. */
export function ShortagesTable({ shortages }: { shortages: Shortage[] }) {
  const paged = usePagedRows(shortages, PAGE_SIZE);
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table highlightOnHover verticalSpacing="xs" data-testid="shortages-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Part</Table.Th>
              <Table.Th>Needed</Table.Th>
              <Table.Th ta="right">Quantity</Table.Th>
              <Table.Th>Late</Table.Th>
              <Table.Th>For</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shortages.length === 0 && (
              <TableMessageRow colSpan={COLUMN_COUNT}>
                No shortage: every requirement can be met in time.
              </TableMessageRow>
            )}
            {paged.rows.map((shortage) => (
              <Table.Tr
                key={`${shortage.partId}|${shortage.neededDate}`}
                data-testid={`shortage-${shortage.partNumber}-${shortage.neededDate}`}
              >
                <Table.Td ff="monospace" fw={600} fz="sm">
                  {shortage.partNumber}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{shortage.neededDate}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatNumber(shortage.quantity)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="red.7" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {weeksLateLabel(shortage.lateWeeks)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <PegList pegs={shortage.pegs} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePager paged={paged} noun="shortages" />
    </>
  );
}
