import { Badge } from '@mantine/core';
import type { RmaStatus } from '../../api/serviceTypes';
import { RMA_STATUS_COLORS, RMA_STATUS_LABELS } from './serviceLabels';

export function RmaStatusBadge({
  status,
  size = 'sm',
  testId = 'rma-status',
}: {
  status: RmaStatus;
  size?: 'sm' | 'lg';
  testId?: string;
}) {
  return (
    <Badge
      color={RMA_STATUS_COLORS[status]}
      variant="light"
      size={size}
      data-testid={testId}
      data-status={status}
    >
      {RMA_STATUS_LABELS[status]}
    </Badge>
  );
}
