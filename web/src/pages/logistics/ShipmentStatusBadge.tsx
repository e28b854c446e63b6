import { Badge } from '@mantine/core';
import type { ShipmentStatus } from '../../api/logisticsTypes';
import { SHIPMENT_STATUS_COLORS, SHIPMENT_STATUS_LABELS } from './logisticsLabels';

export function ShipmentStatusBadge({
  status,
  size = 'sm',
}: {
  status: ShipmentStatus;
  size?: 'sm' | 'lg';
}) {
  return (
    <Badge
      color={SHIPMENT_STATUS_COLORS[status]}
      variant="light"
      size={size}
      data-testid="shipment-status"
      data-status={status}
    >
      {SHIPMENT_STATUS_LABELS[status]}
    </Badge>
  );
}
