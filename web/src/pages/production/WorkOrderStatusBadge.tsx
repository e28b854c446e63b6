import { Badge } from '@mantine/core';
import type { WorkOrderStatus } from '../../api/productionTypes';
import { WORK_ORDER_STATUS_COLORS, WORK_ORDER_STATUS_LABELS } from './productionLabels';

export function WorkOrderStatusBadge({ status }: { status: WorkOrderStatus }) {
  return (
    <Badge
      color={WORK_ORDER_STATUS_COLORS[status]}
      variant="light"
      data-testid="work-order-status"
      data-status={status}
    >
      {WORK_ORDER_STATUS_LABELS[status]}
    </Badge>
  );
}
