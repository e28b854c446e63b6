import { Anchor, Badge, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import type { ShipmentSummary } from '../../../api/logisticsTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatNumber } from '../../../lib/format';
import { salesOrderPath } from '../../sales/salesPaths';
import { HOLD_REASON_LABELS, SHIPMENT_KIND_LABELS } from '../logisticsLabels';
import { shipmentPath, SHIPMENTS_PATH } from '../logisticsPaths';
import { ShipmentStatusBadge } from '../ShipmentStatusBadge';

interface ShipmentsTableProps {
  shipments: ShipmentSummary[];
  loading: boolean;
  /** Where the shipment links lead (staff list or a customer's "My shipments"). */
  basePath?: string;
  /** Where the order links lead (staff orders or a customer's "My orders"). */
  ordersPath?: string;
  /** A customer's own list leaves out the customer column. */
  showCustomer?: boolean;
}

const nowrap = { whiteSpace: 'nowrap' } as const;

/** When it reached the site, or when it should: P50 over P90. */
function ArrivalCell({ shipment }: { shipment: ShipmentSummary }) {
  if (shipment.deliveredOn)
    return (
      <Text size="sm" ff="monospace" style={nowrap} data-testid="shipment-delivered-on">
        {shipment.deliveredOn}
      </Text>
    );
  return (
    <Stack gap={0} data-testid="shipment-eta">
      <Text size="sm" ff="monospace" style={nowrap}>
        {shipment.eta.p50 ?? EMPTY_VALUE}
      </Text>
      <Text size="xs" c="dimmed" ff="monospace" style={nowrap}>
        P90 {shipment.eta.p90 ?? EMPTY_VALUE}
      </Text>
    </Stack>
  );
}

export function ShipmentsTable({
  shipments,
  loading,
  basePath = SHIPMENTS_PATH,
  ordersPath,
  showCustomer = true,
}: ShipmentsTableProps) {
  const columns = showCustomer ? 9 : 8;
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="shipments-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Number</Table.Th>
            <Table.Th>Order</Table.Th>
            {showCustomer && <Table.Th>Customer</Table.Th>}
            <Table.Th>Site</Table.Th>
            <Table.Th>Source</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Received / units</Table.Th>
            <Table.Th>Departed</Table.Th>
            <Table.Th>Delivered or ETA</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shipments.length === 0 && (
            <TableMessageRow colSpan={columns}>
              {loading ? 'Loading shipments…' : 'No shipment matches.'}
            </TableMessageRow>
          )}
          {shipments.map((s) => (
            <Table.Tr key={s.id} data-testid={`shipment-row-${s.number}`}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={shipmentPath(s.number, basePath)}
                  ff="monospace"
                  fw={600}
                  size="sm"
                  style={nowrap}
                >
                  {s.number}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={salesOrderPath(s.orderNumber, ordersPath)}
                  ff="monospace"
                  size="sm"
                  style={nowrap}
                >
                  {s.orderNumber}
                </Anchor>
              </Table.Td>
              {showCustomer && (
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">{s.customerName}</Text>
                    <Text size="xs" c="dimmed">
                      {s.customerCode}
                    </Text>
                  </Stack>
                </Table.Td>
              )}
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{s.siteCode}</Text>
                  <Text size="xs" c="dimmed">
                    {s.siteName}, {s.siteState}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm" ff="monospace" style={nowrap}>
                    {s.sourceCode}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {SHIPMENT_KIND_LABELS[s.kind]}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <ShipmentStatusBadge status={s.status} />
                  {s.openHold && (
                    <Tooltip label={`Held by customs since ${s.openHold.startedOn}`} withArrow>
                      <Badge color="red" variant="outline" size="sm" data-testid="open-hold">
                        {HOLD_REASON_LABELS[s.openHold.reason]}
                      </Badge>
                    </Tooltip>
                  )}
                </Group>
              </Table.Td>
              <Table.Td ta="right" ff="monospace" style={nowrap} data-testid="shipment-units">
                {formatNumber(s.received)} / {formatNumber(s.units)}
              </Table.Td>
              <Table.Td ff="monospace" style={nowrap}>
                {s.departedOn}
              </Table.Td>
              <Table.Td>
                <ArrivalCell shipment={s} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
