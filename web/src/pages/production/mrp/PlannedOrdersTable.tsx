import { Anchor, Badge, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PlannedOrder } from '../../../api/planningTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatCents, formatNumber } from '../../../lib/format';
import { purchaseOrderPath } from '../../supply/supplyPaths';
import { weeksLateLabel } from '../productionLabels';
import { PegList } from './PegList';
import { isOpenPurchase } from './plannedOrderFilters';

export interface Selection {
  selected: ReadonlySet<string>;
  /** Over every row the filters match, not only this page. */
  all: 'all' | 'some' | 'none';
  /** False: nothing the filters match can be selected. */
  anySelectable: boolean;
  toggle: (id: string) => void;
  toggleAll: () => void;
}

interface PlannedOrdersTableProps {
  orders: PlannedOrder[];
  /** Null: the user may not draft purchase orders, so no checkboxes. */
  selection: Selection | null;
}

function SupplierCell({ order }: { order: PlannedOrder }) {
  if (order.source === 'make') return <Text size="sm">{EMPTY_VALUE}</Text>;
  if (!order.supplier)
    return (
      <Badge color="orange" variant="light" size="sm">
        No supplier
      </Badge>
    );
  const { supplierCode, unitPriceCents, leadTimeDays, meetsDate } = order.supplier;
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" ff="monospace" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {supplierCode}
        </Text>
        {!meetsDate && (
          <Badge color="red" variant="light" size="xs" data-testid="late-supplier">
            Late supplier
          </Badge>
        )}
      </Group>
      <Text
        size="xs"
        c="dimmed"
        style={{ whiteSpace: 'nowrap' }}
        title={`${formatCents(unitPriceCents)} a unit at this quantity; lead time ${leadTimeDays} days`}
      >
        {formatCents(unitPriceCents)} each · {leadTimeDays} d
      </Text>
    </Stack>
  );
}

function SelectCell({ order, selection }: { order: PlannedOrder; selection: Selection }) {
  if (!isOpenPurchase(order)) return null;
  return (
    <Checkbox
      aria-label={`Select ${order.partNumber} due ${order.dueDate}`}
      checked={selection.selected.has(order.id)}
      onChange={() => selection.toggle(order.id)}
      data-testid={`planned-order-select-${order.id}`}
    />
  );
}

/** Planned orders, part by part: source, quantity, dates, supplier, what they are for, PO. */
export function PlannedOrdersTable({ orders, selection }: PlannedOrdersTableProps) {
  const columns = selection ? 9 : 8;
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table
        highlightOnHover
        verticalSpacing="xs"
        horizontalSpacing={6}
        data-testid="planned-orders-table"
      >
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th w={40}>
                <Checkbox
                  aria-label="Select every purchase the filters match"
                  checked={selection.all === 'all'}
                  indeterminate={selection.all === 'some'}
                  disabled={!selection.anySelectable}
                  onChange={selection.toggleAll}
                  data-testid="planned-orders-select-all"
                />
              </Table.Th>
            )}
            <Table.Th>Part</Table.Th>
            <Table.Th>Source</Table.Th>
            <Table.Th ta="right">Qty</Table.Th>
            <Table.Th>Release</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th>Supplier</Table.Th>
            <Table.Th>For</Table.Th>
            <Table.Th>PO</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.length === 0 && (
            <TableMessageRow colSpan={columns}>No planned order matches.</TableMessageRow>
          )}
          {orders.map((order) => (
            <Table.Tr
              key={order.id}
              data-testid={`planned-order-${order.id}`}
              data-part={order.partNumber}
              data-source={order.source}
            >
              {selection && (
                <Table.Td>
                  <SelectCell order={order} selection={selection} />
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm" ff="monospace" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {order.partNumber}
                </Text>
                <Text size="xs" c="dimmed">
                  {order.partName}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={order.source === 'buy' ? 'indigo' : 'teal'} size="sm">
                  {order.source === 'buy' ? 'Buy' : 'Make'}
                </Badge>
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(order.quantity)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{order.releaseDate}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {order.dueDate}
                {order.lateWeeks > 0 && (
                  <Text size="xs" c="red.7" fw={600}>
                    {weeksLateLabel(order.lateWeeks)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <SupplierCell order={order} />
              </Table.Td>
              <Table.Td>
                <PegList pegs={order.pegs} />
              </Table.Td>
              <Table.Td>
                {order.purchaseOrder ? (
                  <Anchor
                    component={Link}
                    to={purchaseOrderPath(order.purchaseOrder)}
                    ff="monospace"
                    size="sm"
                    fw={600}
                    style={{ whiteSpace: 'nowrap' }}
                    data-testid="planned-order-po"
                  >
                    {order.purchaseOrder}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    {EMPTY_VALUE}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
