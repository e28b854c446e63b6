import { Anchor, Badge } from '@mantine/core';
import { Link } from 'react-router';
import { useFaultCodes } from '../../../api/service';
import { ELIGIBILITIES, type Eligibility } from '../../../api/serviceTypes';
import { EligibilityBadge } from '../../service/EligibilityBadge';
import { faultCodeText } from '../health/healthFormat';
import { useTicketPath } from '../health/HealthBadges';

/** The depot's fault codes by their names, or the code read aloud until they load. */
export function useFaultCodeName() {
  const codes = useFaultCodes();
  const names = new Map((codes.data?.items ?? []).map((c) => [c.code, c.name]));
  return (code: string) => names.get(code) ?? faultCodeText(code);
}

/** How the unit was covered when drafted; a state this page does not know reads as it is. */
export function WarrantyStateBadge({ state }: { state: string }) {
  if ((ELIGIBILITIES as readonly string[]).includes(state))
    return <EligibilityBadge eligibility={state as Eligibility} />;
  return (
    <Badge variant="outline" color="gray" size="sm">
      {state.replaceAll('_', ' ')}
    </Badge>
  );
}

/** The RMA a confirmed draft opened. */
export function RmaLink({ number, testId }: { number: string; testId?: string }) {
  const pathOf = useTicketPath();
  return (
    <Anchor
      component={Link}
      to={pathOf('rma', number)}
      ff="monospace"
      size="sm"
      data-testid={testId}
    >
      {number}
    </Anchor>
  );
}
