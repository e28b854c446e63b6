import { Badge } from '@mantine/core';
import type { VisitStatus } from '../../../api/fieldTypes';
import { VISIT_STATUS_COLORS, VISIT_STATUS_LABELS } from './fieldLabels';

export function VisitStatusBadge({
  status,
  size = 'sm',
  testId = 'visit-status',
}: {
  status: VisitStatus;
  size?: 'sm' | 'lg';
  testId?: string;
}) {
  return (
    <Badge
      color={VISIT_STATUS_COLORS[status]}
      variant="light"
      size={size}
      data-testid={testId}
      data-status={status}
    >
      {VISIT_STATUS_LABELS[status]}
    </Badge>
  );
}
