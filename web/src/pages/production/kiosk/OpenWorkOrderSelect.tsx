import { Select } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useWorkOrders } from '../../../api/production';
import type { WorkOrderSummary } from '../../../api/productionTypes';
import { formatNumber } from '../../../lib/format';

const isOpen = (order: WorkOrderSummary) =>
  order.status === 'released' || order.status === 'in_progress';

interface OpenWorkOrderSelectProps {
  value: string | null;
  onChange: (number: string | null) => void;
}

/** The work order being built: one released to the line or in progress. */
export function OpenWorkOrderSelect({ value, onChange }: OpenWorkOrderSelectProps) {
  const orders = useWorkOrders(null);
  const open = (orders.data ?? []).filter((order) => isOpen(order) || order.number === value);
  const options = open.map((order) => ({
    value: order.number,
    label: `${order.number} · ${order.modelName} · ${formatNumber(order.built)} of ${formatNumber(order.quantity)} built`,
  }));
  return (
    <Select
      label="Work order"
      placeholder={orders.isPending ? 'Loading work orders…' : 'Pick an open work order'}
      data={options}
      value={value}
      onChange={onChange}
      size="lg"
      searchable
      leftSection={<IconClipboardCheck size={22} />}
      nothingFoundMessage="No open work order: release one first"
      error={orders.error ? 'Work orders could not be loaded' : undefined}
      data-testid="kiosk-work-order"
    />
  );
}
