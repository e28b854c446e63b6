import { Anchor, SimpleGrid } from '@mantine/core';
import { Link } from 'react-router';
import type { ShipmentDetail } from '../../../api/logisticsTypes';
import { Fact } from '../../../components/Fact';
import { EMPTY_VALUE, formatCents, formatNumber } from '../../../lib/format';
import { customerPath, MY_ORDERS_PATH, salesOrderPath } from '../../sales/salesPaths';
import { SHIPMENT_KIND_LABELS } from '../logisticsLabels';
import { ShipmentStatusBadge } from '../ShipmentStatusBadge';

interface ShipmentFactsProps {
  shipment: ShipmentDetail;
  /** Staff link the order and customer pages; a customer opens the order under "My orders". */
  staff: boolean;
}

export function ShipmentFacts({ shipment: s, staff }: ShipmentFactsProps) {
  const imported = s.kind === 'import';
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" data-testid="shipment-facts">
      <Fact label="Status">
        <ShipmentStatusBadge status={s.status} />
      </Fact>
      <Fact label="Source">
        {s.sourceCode} · {SHIPMENT_KIND_LABELS[s.kind]}
      </Fact>
      <Fact label="Order">
        <Anchor
          component={Link}
          to={salesOrderPath(s.orderNumber, staff ? undefined : MY_ORDERS_PATH)}
          size="sm"
          ff="monospace"
          data-testid="shipment-order-link"
        >
          {s.orderNumber}
        </Anchor>
      </Fact>
      <Fact label="Customer">
        {staff ? (
          <Anchor component={Link} to={customerPath(s.customerCode)} size="sm">
            {s.customerName}
          </Anchor>
        ) : (
          s.customerName
        )}
      </Fact>
      <Fact label="Site">
        {s.siteCode} · {s.siteName}, {s.siteState}
      </Fact>
      <Fact label="Carrier">{s.carrier}</Fact>
      <Fact label="Tracking">{s.trackingNumber ?? EMPTY_VALUE}</Fact>
      <Fact label="From">
        {s.origin} ({s.originCountry})
      </Fact>
      <Fact label="Departed">{s.departedOn}</Fact>
      <Fact label="Received / units" data-testid="shipment-received">
        {formatNumber(s.received)} / {formatNumber(s.units)}
      </Fact>
      {imported && <Fact label="Port of entry">{s.portOfEntry ?? EMPTY_VALUE}</Fact>}
      {imported && <Fact label="At port">{s.arrivedPortOn ?? EMPTY_VALUE}</Fact>}
      {imported && (
        <Fact label="Customs entry" data-testid="shipment-entry">
          {s.customsEntryNumber ?? 'Not filed'}
        </Fact>
      )}
      {imported && (
        <Fact label="Duty" data-testid="shipment-duty">
          {s.customsEntryNumber ? formatCents(s.dutyCents) : EMPTY_VALUE}
        </Fact>
      )}
      {imported && <Fact label="Released">{s.releasedOn ?? EMPTY_VALUE}</Fact>}
      {s.freightCents !== null && (
        <Fact label="Freight" data-testid="shipment-freight">
          {formatCents(s.freightCents)}
        </Fact>
      )}
      {s.deliveredOn ? (
        <Fact label="Delivered" data-testid="shipment-delivered-on">
          {s.deliveredOn}
        </Fact>
      ) : (
        <Fact label="Expected at site (P50 / P90)" data-testid="shipment-eta">
          {s.eta.p50 ?? EMPTY_VALUE} / {s.eta.p90 ?? EMPTY_VALUE}
        </Fact>
      )}
    </SimpleGrid>
  );
}
