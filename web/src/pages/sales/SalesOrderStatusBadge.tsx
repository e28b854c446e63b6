import { Badge } from '@mantine/core';
import type { SalesOrderStatus } from '../../api/salesTypes';
import { SO_STATUS_COLORS, SO_STATUS_LABELS } from './salesLabels';

export function SalesOrderStatusBadge({
  status,
  size = 'sm',
}: {
  status: SalesOrderStatus;
  size?: 'sm' | 'lg';
}) {
  return (
    <Badge color={SO_STATUS_COLORS[status]} variant="light" size={size} data-testid="so-status">
      {SO_STATUS_LABELS[status]}
    </Badge>
  );
}
