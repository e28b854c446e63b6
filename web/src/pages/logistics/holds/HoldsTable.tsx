import { Anchor, Badge, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import type { CustomsHoldRow } from '../../../api/logisticsTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatCents, formatNumber } from '../../../lib/format';
import { HOLD_REASON_LABELS } from '../logisticsLabels';
import { shipmentPath } from '../logisticsPaths';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** Customs holds, open first: where, why, since when, and what they cost so far. */
export function HoldsTable({ holds, loading }: { holds: CustomsHoldRow[]; loading: boolean }) {
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="holds-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Shipment</Table.Th>
            <Table.Th>Lane</Table.Th>
            <Table.Th>Port</Table.Th>
            <Table.Th>Reason</Table.Th>
            <Table.Th>Started</Table.Th>
            <Table.Th ta="right">Days</Table.Th>
            <Table.Th ta="right">Units</Table.Th>
            <Table.Th ta="right">Cost so far</Table.Th>
            <Table.Th>Entry</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {holds.length === 0 && (
            <TableMessageRow colSpan={9}>
              {loading ? 'Loading holds…' : 'No customs hold.'}
            </TableMessageRow>
          )}
          {holds.map((hold) => (
            <Table.Tr
              key={hold.id}
              data-testid={`hold-row-${hold.shipment}`}
              data-open={hold.endedOn ? 'false' : 'true'}
            >
              <Table.Td>
                <Anchor
                  component={Link}
                  to={shipmentPath(hold.shipment)}
                  ff="monospace"
                  fw={600}
                  size="sm"
                  style={nowrap}
                >
                  {hold.shipment}
                </Anchor>
              </Table.Td>
              <Table.Td ff="monospace">{hold.sourceCode}</Table.Td>
              <Table.Td style={nowrap}>{hold.portOfEntry ?? EMPTY_VALUE}</Table.Td>
              <Table.Td>
                <Tooltip label={hold.note} disabled={!hold.note} withArrow multiline w={320}>
                  <Badge color="red" variant="light" size="sm" data-testid="hold-reason">
                    {HOLD_REASON_LABELS[hold.reason]}
                  </Badge>
                </Tooltip>
              </Table.Td>
              <Table.Td ff="monospace" style={nowrap}>
                {hold.startedOn}
                {hold.endedOn ? (
                  <Text size="xs" c="dimmed" ff="monospace">
                    ended {hold.endedOn}
                  </Text>
                ) : (
                  <Text size="xs" c="red.7">
                    open
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" ff="monospace" fw={600} data-testid="hold-days">
                {formatNumber(hold.days)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(hold.units)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace" data-testid="hold-cost">
                {formatCents(hold.costCents)}
                <Text size="xs" c="dimmed">
                  {formatCents(hold.holdingCostPerDayCents)} a day
                </Text>
              </Table.Td>
              <Table.Td ff="monospace" style={nowrap}>
                {hold.customsEntryNumber ?? EMPTY_VALUE}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
