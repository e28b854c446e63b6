import { Paper } from '@mantine/core';
import { useSalesOrders } from '../../../api/sales';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { MY_ORDERS_PATH } from '../salesPaths';
import { SalesOrdersTable } from './SalesOrdersTable';

/** A customer user's own orders (the server returns only theirs); each opens with its promise. */
export function MyOrdersPage() {
  const orders = useSalesOrders({});
  return (
    <>
      <PageHeader
        title="My orders"
        description="Your orders with us. Open one to see when its machines are expected at your sites."
      />
      {orders.error && <ProblemAlert error={orders.error} title="Orders could not be loaded" />}
      <Paper withBorder radius="md" mt={orders.error ? 'md' : 0}>
        <SalesOrdersTable
          orders={orders.data?.items ?? []}
          loading={orders.isPending}
          basePath={MY_ORDERS_PATH}
          showCustomer={false}
        />
      </Paper>
    </>
  );
}
