import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconTruckDelivery } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useShipments } from '../../../api/logistics';
import type { SalesOrder } from '../../../api/salesTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatNumber } from '../../../lib/format';
import { SHIPPERS } from '../../logistics/logisticsLabels';
import { MY_SHIPMENTS_PATH, newShipmentPath, shipmentPath } from '../../logistics/logisticsPaths';
import { ShipmentStatusBadge } from '../../logistics/ShipmentStatusBadge';
import { isOpenOrder } from '../salesLabels';

interface OrderShipmentsSectionProps {
  order: SalesOrder;
  /** Staff open shipments under Logistics; a customer under "My shipments". */
  staff: boolean;
}

/** The order's shipments with their status and arrival; logistics ships what is left from here. */
export function OrderShipmentsSection({ order, staff }: OrderShipmentsSectionProps) {
  const canShip = useHasAnyRole(SHIPPERS) && staff;
  const shipments = useShipments({ order: order.number });
  const items = shipments.data?.items ?? [];

  return (
    <Stack gap="xs" data-testid="order-shipments">
      <Group justify="space-between" align="flex-end">
        <Title order={4}>Shipments</Title>
        {canShip && isOpenOrder(order.status) && (
          <Button
            component={Link}
            to={newShipmentPath(order.number)}
            size="xs"
            leftSection={<IconTruckDelivery size={16} />}
            data-testid="order-ship"
          >
            Ship
          </Button>
        )}
      </Group>
      {shipments.error && (
        <ProblemAlert error={shipments.error} title="Shipments could not be loaded" />
      )}
      <Paper withBorder radius="md">
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Shipment</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Source</Table.Th>
              <Table.Th>Site</Table.Th>
              <Table.Th ta="right">Received / units</Table.Th>
              <Table.Th>Departed</Table.Th>
              <Table.Th>Delivered or ETA</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 && (
              <TableMessageRow colSpan={7}>
                {shipments.isPending ? 'Loading shipments…' : 'Nothing has shipped yet.'}
              </TableMessageRow>
            )}
            {items.map((s) => (
              <Table.Tr key={s.id} data-testid={`order-shipment-${s.number}`}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={shipmentPath(s.number, staff ? undefined : MY_SHIPMENTS_PATH)}
                    ff="monospace"
                    fw={600}
                    size="sm"
                  >
                    {s.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <ShipmentStatusBadge status={s.status} />
                </Table.Td>
                <Table.Td ff="monospace">{s.sourceCode}</Table.Td>
                <Table.Td>{s.siteCode}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatNumber(s.received)} / {formatNumber(s.units)}
                </Table.Td>
                <Table.Td ff="monospace">{s.departedOn}</Table.Td>
                <Table.Td ff="monospace">
                  {s.deliveredOn ?? (
                    <Text span size="sm" ff="monospace" c="dimmed">
                      {s.eta.p50 ?? EMPTY_VALUE} / {s.eta.p90 ?? EMPTY_VALUE}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
