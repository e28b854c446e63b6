import { Badge } from '@mantine/core';
import type { DeliveryStatus } from '../../../api/types';

const STATUS_COLORS: Record<DeliveryStatus, string> = {
  pending: 'blue',
  succeeded: 'green',
  failed: 'orange',
  dead: 'red',
};

export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, string> = {
  pending: 'Pending',
  succeeded: 'Succeeded',
  failed: 'Failed',
  dead: 'Dead',
};

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {DELIVERY_STATUS_LABELS[status]}
    </Badge>
  );
}
