import { Badge } from '@mantine/core';
import type { Eligibility } from '../../api/serviceTypes';
import { ELIGIBILITY_COLORS, ELIGIBILITY_LABELS } from './serviceLabels';

/** How the machine is covered: covered ones are repaired free, the others quoted. */
export function EligibilityBadge({ eligibility }: { eligibility: Eligibility }) {
  return (
    <Badge
      color={ELIGIBILITY_COLORS[eligibility]}
      variant="outline"
      size="sm"
      style={{ whiteSpace: 'nowrap' }}
      data-testid="eligibility"
      data-eligibility={eligibility}
    >
      {ELIGIBILITY_LABELS[eligibility]}
    </Badge>
  );
}
