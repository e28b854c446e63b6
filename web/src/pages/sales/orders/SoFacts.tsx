import { Anchor, SimpleGrid } from '@mantine/core';
import { Link } from 'react-router';
import type { SalesOrder } from '../../../api/salesTypes';
import { Fact } from '../../../components/Fact';
import { EMPTY_VALUE, formatCents, formatDateTime, formatNumber } from '../../../lib/format';
import { SalesOrderStatusBadge } from '../SalesOrderStatusBadge';
import { customerPath } from '../salesPaths';

interface SoFactsProps {
  order: SalesOrder;
  /** Staff open the customer's page; a customer is already looking at their own account. */
  linkCustomer: boolean;
}

export function SoFacts({ order, linkCustomer }: SoFactsProps) {
  const weeks = order.lines.map((line) => line.requestedWeek).sort();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" data-testid="so-facts">
      <Fact label="Status">
        <SalesOrderStatusBadge status={order.status} />
      </Fact>
      <Fact label="Customer">
        {linkCustomer ? (
          <Anchor component={Link} to={customerPath(order.customerCode)} size="sm">
            {order.customerName}
          </Anchor>
        ) : (
          order.customerName
        )}
      </Fact>
      <Fact label="Customer PO">{order.customerPo ?? EMPTY_VALUE}</Fact>
      <Fact label="Units" data-testid="so-units">
        {formatNumber(order.units)}
      </Fact>
      <Fact label="Total" data-testid="so-total">
        {formatCents(order.totalCents)}
      </Fact>
      <Fact label="Requested weeks">
        {weeks.length === 0
          ? EMPTY_VALUE
          : weeks[0] === weeks.at(-1)
            ? weeks[0]
            : `${weeks[0]} to ${weeks.at(-1)}`}
      </Fact>
      <Fact label="Entered">{formatDateTime(order.createdAt)}</Fact>
      <Fact label="Confirmed">{formatDateTime(order.confirmedAt)}</Fact>
      {order.note && <Fact label="Note">{order.note}</Fact>}
    </SimpleGrid>
  );
}
