import { Stack, Table, Text } from '@mantine/core';
import type { PurchaseOrderLine, ReceiptDetail } from '../../../api/supplyTypes';
import { formatCents, formatNumber } from '../../../lib/format';

interface ReceiptLinesTableProps {
  receipt: ReceiptDetail;
  poLines: readonly PurchaseOrderLine[];
}

/** Each received line's share of the landed cost, and its landed cost per unit. */
export function ReceiptLinesTable({ receipt, poLines }: ReceiptLinesTableProps) {
  const poLineById = new Map(poLines.map((line) => [line.id, line]));
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing={6} fz="sm" striped data-testid="receipt-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Line</Table.Th>
            <Table.Th ta="right">Qty</Table.Th>
            <Table.Th ta="right">Goods</Table.Th>
            <Table.Th ta="right">Duty</Table.Th>
            <Table.Th ta="right">Freight</Table.Th>
            <Table.Th ta="right">Insurance</Table.Th>
            <Table.Th ta="right">Brokerage</Table.Th>
            <Table.Th ta="right">Landed</Table.Th>
            <Table.Th ta="right">Per unit</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {receipt.lines.map((line) => {
            const poLine = poLineById.get(line.poLineId);
            return (
              <Table.Tr key={line.id}>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm" ff="monospace" fw={600}>
                      {poLine ? `${poLine.lineNo} · ${poLine.partNumber}` : line.partId}
                    </Text>
                    {line.htsCode && (
                      <Text size="xs" c="dimmed">
                        HTS {line.htsCode}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td ta="right">{formatNumber(line.quantity)}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatCents(line.goodsCents)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatCents(line.dutyCents)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatCents(line.freightCents)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatCents(line.insuranceCents)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatCents(line.brokerageCents)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace" fw={600}>
                  {formatCents(line.landedCents)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatCents(Math.round(line.landedCents / line.quantity))}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
