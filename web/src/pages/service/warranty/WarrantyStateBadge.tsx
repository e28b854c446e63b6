import { Badge } from '@mantine/core';
import type { WarrantyState } from '../../../api/serviceTypes';
import { WARRANTY_STATE_LABELS } from '../serviceLabels';

const COLORS: Record<WarrantyState, string> = {
  in_warranty: 'green',
  repair_warranty: 'teal',
  expired: 'gray',
  void: 'red',
};

export function WarrantyStateBadge({ state }: { state: WarrantyState }) {
  return (
    <Badge color={COLORS[state]} variant="light" size="sm" data-testid="warranty-state">
      {WARRANTY_STATE_LABELS[state]}
    </Badge>
  );
}
