import { Badge } from '@mantine/core';
import { unitStatusColor, unitStatusLabel } from './productionLabels';

/** The status of a unit or hashboard: built, installed, passed, failed burn-in… */
export function UnitStatusBadge({ status, testId }: { status: string; testId?: string }) {
  return (
    <Badge color={unitStatusColor(status)} variant="light" data-testid={testId}>
      {unitStatusLabel(status)}
    </Badge>
  );
}
