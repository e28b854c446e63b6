import { useState } from 'react';
import { Paper, Stack, Title } from '@mantine/core';
import { useLocation, useParams } from 'react-router';
import { useSalesOrder } from '../../../api/sales';
import type { SalesOrder } from '../../../api/salesTypes';
import { RecordPage } from '../../../components/RecordPage';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { MY_ORDERS_PATH, SALES_ORDERS_PATH } from '../salesPaths';
import { OrderPromiseSection } from './OrderPromiseSection';
import { OrderShipmentsSection } from './OrderShipmentsSection';
import { SoActions } from './SoActions';
import { SoFacts } from './SoFacts';
import { SoLinesTable } from './SoLinesTable';

/**
 * One sales order (`/sales/orders/:number`, or `/sales/my-orders/:number` for a customer):
 * header facts, lines, confirm and cancel, its shipments, and when its machines are promised.
 */
export function SalesOrderPage() {
  const number = useParams().number ?? '';
  const mine = useLocation().pathname.startsWith(`${MY_ORDERS_PATH}/`);
  const order = useSalesOrder(number);
  const back = mine
    ? { to: MY_ORDERS_PATH, label: 'My orders' }
    : { to: SALES_ORDERS_PATH, label: 'Orders' };
  return (
    <RecordPage back={back} query={order} errorTitle="Order could not be loaded">
      {(data) => <SalesOrderDetail order={data} staff={!mine} />}
    </RecordPage>
  );
}

function SalesOrderDetail({ order, staff }: { order: SalesOrder; staff: boolean }) {
  const [actionError, setActionError] = useState<unknown>(null);
  return (
    <>
      <PageHeader
        title={order.number}
        description={`${order.customerName}${order.customerPo ? ` · PO ${order.customerPo}` : ''}`}
        actions={staff && <SoActions order={order} onError={setActionError} />}
      />
      <Stack gap="lg">
        <ProblemAlert error={actionError} data-testid="so-action-error" />
        <SoFacts order={order} linkCustomer={staff} />
        <Stack gap="xs">
          <Title order={4}>Lines</Title>
          <Paper withBorder radius="md">
            <SoLinesTable order={order} />
          </Paper>
        </Stack>
        <OrderShipmentsSection order={order} staff={staff} />
        <OrderPromiseSection order={order} />
      </Stack>
    </>
  );
}
