import { Badge, Stack, Table, Text } from '@mantine/core';
import type { OrderLinePromise } from '../../../api/promiseTypes';
import type { SalesOrder } from '../../../api/salesTypes';
import { formatCents, formatNumber } from '../../../lib/format';
import { SOURCE_KIND_LABELS } from '../salesLabels';

interface PromiseSplitsTableProps {
  order: SalesOrder;
  lines: OrderLinePromise[];
}

/** Where each line's units come from: one row per source and ship date, with arrival odds. */
export function PromiseSplitsTable({ order, lines }: PromiseSplitsTableProps) {
  const lineNo = new Map(order.lines.map((line) => [line.id, line.lineNo]));
  const rows = lines
    .flatMap((line) =>
      line.splits.map((split) => ({ lineNo: lineNo.get(line.orderLineId) ?? 0, split })),
    )
    .sort((a, b) => a.lineNo - b.lineNo || a.split.shipOn.localeCompare(b.split.shipOn));
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing={6} data-testid="promise-splits">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>Line</Table.Th>
            <Table.Th>Source</Table.Th>
            <Table.Th>Ships</Table.Th>
            <Table.Th ta="right">Units</Table.Th>
            <Table.Th>Arrives P50</Table.Th>
            <Table.Th>Arrives P90</Table.Th>
            <Table.Th ta="right">Landed a unit</Table.Th>
            <Table.Th ta="right">Weeks late</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ lineNo: no, split }) => (
            <Table.Tr
              key={`${no}:${split.source}:${split.shipOn}`}
              data-testid="promise-split-row"
              data-line={no}
              data-source={split.source}
            >
              <Table.Td ff="monospace">{no}</Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm">{split.sourceName}</Text>
                  <Badge
                    size="xs"
                    variant="light"
                    color={split.kind === 'us_plant' ? 'indigo' : 'orange'}
                  >
                    {SOURCE_KIND_LABELS[split.kind]}
                  </Badge>
                </Stack>
              </Table.Td>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {split.shipOn}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(split.quantity)}
              </Table.Td>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {split.arrivalP50}
              </Table.Td>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {split.arrivalP90}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatCents(Math.round(split.unitLandedCents))}
              </Table.Td>
              <Table.Td ta="right" ff="monospace" c={split.lateWeeks ? 'red.7' : 'dimmed'}>
                {split.lateWeeks}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
