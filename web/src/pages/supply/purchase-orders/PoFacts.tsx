import { Anchor, SimpleGrid } from '@mantine/core';
import { Link } from 'react-router';
import type { PurchaseOrder } from '../../../api/supplyTypes';
import { Fact } from '../../../components/Fact';
import { formatCents, formatDateTime } from '../../../lib/format';
import { originLabel } from '../../trade/tradeLabels';
import { PoStatusBadge } from '../PoStatusBadge';
import { supplierPath } from '../supplyPaths';

export function PoFacts({ po }: { po: PurchaseOrder }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" data-testid="po-facts">
      <Fact label="Status">
        <PoStatusBadge status={po.status} />
      </Fact>
      <Fact label="Supplier">
        <Anchor component={Link} to={supplierPath(po.supplier)} size="sm">
          {po.supplier.name}
        </Anchor>
      </Fact>
      <Fact label="Origin" data-testid="po-origin">
        {originLabel(po.origin)}
      </Fact>
      <Fact label="Incoterm">{po.incoterm}</Fact>
      <Fact label="Total">{formatCents(po.totalCents)}</Fact>
      <Fact label="Ordered">{po.orderDate}</Fact>
      <Fact label="Due">{po.dueDate}</Fact>
      <Fact label="Freight estimate">{formatCents(po.freightEstimateCents)}</Fact>
      <Fact label="Approved">{formatDateTime(po.approvedAt)}</Fact>
      <Fact label="Sent">{formatDateTime(po.sentAt)}</Fact>
      {po.closedAt && (
        <Fact label={po.status === 'cancelled' ? 'Cancelled' : 'Closed'}>
          {formatDateTime(po.closedAt)}
        </Fact>
      )}
      {po.note && <Fact label="Note">{po.note}</Fact>}
    </SimpleGrid>
  );
}
