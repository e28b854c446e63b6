import { Badge } from '@mantine/core';
import type { PoStatus } from '../../api/supplyTypes';
import { PO_STATUS_COLORS, PO_STATUS_LABELS } from './supplyLabels';

export function PoStatusBadge({ status, size = 'sm' }: { status: PoStatus; size?: 'sm' | 'lg' }) {
  return (
    <Badge color={PO_STATUS_COLORS[status]} variant="light" size={size} data-testid="po-status">
      {PO_STATUS_LABELS[status]}
    </Badge>
  );
}
