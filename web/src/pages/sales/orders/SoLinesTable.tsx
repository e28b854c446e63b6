import { Stack, Table, Text } from '@mantine/core';
import type { SalesOrder } from '../../../api/salesTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { formatCents, formatNumber } from '../../../lib/format';

const COLUMN_COUNT = 9;

/** The order's lines: what, how many, at what price, for which week and site. */
export function SoLinesTable({ order }: { order: SalesOrder }) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="sm" data-testid="so-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>Line</Table.Th>
            <Table.Th>Model</Table.Th>
            <Table.Th ta="right">Quantity</Table.Th>
            <Table.Th ta="right">Unit price</Table.Th>
            <Table.Th ta="right">Line total</Table.Th>
            <Table.Th>Requested week</Table.Th>
            <Table.Th>Site</Table.Th>
            <Table.Th>Incoterm</Table.Th>
            <Table.Th ta="right">Shipped / delivered</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {order.lines.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>This order has no lines.</TableMessageRow>
          )}
          {order.lines.map((line) => (
            <Table.Tr key={line.id} data-testid={`so-line-row-${line.lineNo}`}>
              <Table.Td ff="monospace">{line.lineNo}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{line.modelName}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(line.quantity)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatCents(line.unitPriceCents)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatCents(line.unitPriceCents * line.quantity)}
              </Table.Td>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {line.requestedWeek}
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{line.siteCode}</Text>
                  <Text size="xs" c="dimmed">
                    {line.siteName}, {line.siteState}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>{line.incoterm}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(line.shippedQuantity)} / {formatNumber(line.deliveredQuantity)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
