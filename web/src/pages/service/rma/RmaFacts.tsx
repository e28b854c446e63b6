import { Anchor, SimpleGrid } from '@mantine/core';
import { Link } from 'react-router';
import type { RmaDetail } from '../../../api/serviceTypes';
import { Fact } from '../../../components/Fact';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { customerPath } from '../../sales/salesPaths';
import { RmaStatusBadge } from '../RmaStatusBadge';

/** The RMA's header facts; staff link the customer's page. */
export function RmaFacts({ rma, staff }: { rma: RmaDetail; staff: boolean }) {
  const breached = rma.units.filter((u) => u.sla.breached).length;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm" data-testid="rma-facts">
      <Fact label="Status">
        <RmaStatusBadge status={rma.status} />
      </Fact>
      <Fact label="Customer">
        {staff ? (
          <Anchor component={Link} to={customerPath(rma.customerCode)} size="sm">
            {rma.customerName}
          </Anchor>
        ) : (
          rma.customerName
        )}
      </Fact>
      <Fact label="Site">
        {rma.siteCode} · {rma.siteName}
      </Fact>
      <Fact label="Service tier" data-testid="rma-tier">
        {rma.tier}
      </Fact>
      <Fact label="Opened">
        {formatDateTime(rma.createdAt)} · {rma.channel}
      </Fact>
      <Fact label="Machines / past SLA" data-testid="rma-unit-count">
        {formatNumber(rma.units.length)} / {formatNumber(breached)}
      </Fact>
    </SimpleGrid>
  );
}
