import { Table, Text } from '@mantine/core';
import type { ShipmentHold } from '../../../api/logisticsTypes';
import { EMPTY_VALUE, formatCents, formatNumber } from '../../../lib/format';
import { HOLD_REASON_LABELS } from '../logisticsLabels';

/** The shipment's customs holds; staff also read what each cost (the API gives customers none). */
export function ShipmentHoldsTable({ holds }: { holds: ShipmentHold[] }) {
  const showCost = holds.some((hold) => hold.costCents !== null);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" data-testid="shipment-holds">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Reason</Table.Th>
            <Table.Th>Started</Table.Th>
            <Table.Th>Ended</Table.Th>
            <Table.Th ta="right">Days</Table.Th>
            {showCost && <Table.Th ta="right">A day</Table.Th>}
            {showCost && <Table.Th ta="right">Cost</Table.Th>}
            <Table.Th>Note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {holds.map((hold) => (
            <Table.Tr key={hold.id} data-testid="shipment-hold-row">
              <Table.Td>{HOLD_REASON_LABELS[hold.reason]}</Table.Td>
              <Table.Td ff="monospace">{hold.startedOn}</Table.Td>
              <Table.Td ff="monospace" c={hold.endedOn ? undefined : 'red.7'}>
                {hold.endedOn ?? 'Open'}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(hold.days)}
              </Table.Td>
              {showCost && (
                <Table.Td ta="right" ff="monospace">
                  {formatCents(hold.holdingCostPerDayCents)}
                </Table.Td>
              )}
              {showCost && (
                <Table.Td ta="right" ff="monospace" fw={600}>
                  {formatCents(hold.costCents)}
                </Table.Td>
              )}
              <Table.Td>
                <Text size="xs" c="dimmed" maw={360}>
                  {hold.note ?? EMPTY_VALUE}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
