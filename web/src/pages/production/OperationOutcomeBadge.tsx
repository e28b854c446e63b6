import { Badge } from '@mantine/core';
import type { OperationOutcome } from '../../api/productionTypes';
import { OUTCOME_COLORS, OUTCOME_LABELS } from './operationLabels';

export function OperationOutcomeBadge({ outcome }: { outcome: OperationOutcome }) {
  return (
    <Badge color={OUTCOME_COLORS[outcome]} variant="light" data-testid="operation-outcome">
      {OUTCOME_LABELS[outcome]}
    </Badge>
  );
}
