import { SimpleGrid } from '@mantine/core';
import type { VisitDetail } from '../../../api/fieldTypes';
import { Fact } from '../../../components/Fact';
import { EMPTY_VALUE, formatDateTime } from '../../../lib/format';
import { VisitStatusBadge } from '../field/VisitStatusBadge';
import { formatMinutes, windowText } from '../field/fieldLabels';

/** Where, for whom, when, and who: two columns on a phone, six on a desk. */
export function VisitFacts({ visit: v }: { visit: VisitDetail }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm" data-testid="visit-facts">
      <Fact label="Status">
        <VisitStatusBadge status={v.status} size="lg" />
      </Fact>
      <Fact label="Customer">{v.customerCode}</Fact>
      <Fact label="Site" data-testid="visit-site">
        {v.site.name} ({v.site.code})
      </Fact>
      <Fact label="Window">{windowText(v.windowStart, v.windowEnd)}</Fact>
      <Fact label="SLA day" data-testid="visit-due-by">
        {v.dueBy}
      </Fact>
      <Fact label="Technician" data-testid="visit-technician">
        {v.technician ? v.technician.name : 'Not assigned yet'}
      </Fact>
      <Fact label="Scheduled">{v.scheduledOn ?? EMPTY_VALUE}</Fact>
      <Fact label="Time on site" data-testid="visit-duration">
        {formatMinutes(v.durationMin)}
      </Fact>
      <Fact label="Skills">{v.skills.length ? v.skills.join(', ') : EMPTY_VALUE}</Fact>
      <Fact label="Checked in">{formatDateTime(v.checkedInAt)}</Fact>
    </SimpleGrid>
  );
}
