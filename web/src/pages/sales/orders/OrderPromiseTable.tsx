import { Table, Text } from '@mantine/core';
import type { OrderLinePromise } from '../../../api/promiseTypes';
import type { SalesOrder } from '../../../api/salesTypes';
import { EMPTY_VALUE, formatCents, formatNumber } from '../../../lib/format';
import { LateReasonCell } from '../LateReasonCell';

interface OrderPromiseTableProps {
  order: SalesOrder;
  lines: OrderLinePromise[];
}

/** Per order line: the requested week against the P50 / P90 dates, what is promised, and why late. */
export function OrderPromiseTable({ order, lines }: OrderPromiseTableProps) {
  const byId = new Map(lines.map((line) => [line.orderLineId, line]));
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table verticalSpacing="sm" data-testid="promise-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>Line</Table.Th>
            <Table.Th>Requested week</Table.Th>
            <Table.Th>P50</Table.Th>
            <Table.Th>P90</Table.Th>
            <Table.Th ta="right">Promised</Table.Th>
            <Table.Th ta="right">Unpromised</Table.Th>
            <Table.Th ta="right">Landed cost</Table.Th>
            <Table.Th>Late reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {order.lines.map((orderLine) => {
            const line = byId.get(orderLine.id);
            return (
              <Table.Tr key={orderLine.id} data-testid={`promise-line-${orderLine.lineNo}`}>
                <Table.Td ff="monospace">{orderLine.lineNo}</Table.Td>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {orderLine.requestedWeek}
                </Table.Td>
                <Table.Td
                  ff="monospace"
                  fw={600}
                  style={{ whiteSpace: 'nowrap' }}
                  data-testid="promise-p50"
                >
                  {line?.p50 ?? EMPTY_VALUE}
                </Table.Td>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }} data-testid="promise-p90">
                  {line?.p90 ?? EMPTY_VALUE}
                </Table.Td>
                <Table.Td ta="right" ff="monospace" data-testid="promise-promised">
                  {formatNumber(line?.promised)}
                </Table.Td>
                <Table.Td
                  ta="right"
                  ff="monospace"
                  c={line?.unpromised ? 'red.7' : undefined}
                  data-testid="promise-unpromised"
                >
                  {formatNumber(line?.unpromised)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {line ? formatCents(line.landedCostCents) : EMPTY_VALUE}
                  {line && line.promised > 0 && (
                    <Text size="xs" c="dimmed">
                      {formatCents(Math.round(line.landedCostCents / line.promised))} a unit
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {line ? (
                    <LateReasonCell late={line.late} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      Not in the latest run
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
