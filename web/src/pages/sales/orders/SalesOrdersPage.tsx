import { Button, Paper } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useCustomers, useSalesOrders } from '../../../api/sales';
import { SALES_ORDER_STATUSES } from '../../../api/salesTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { PageHeader } from '../../../components/PageHeader';
import { StatusPartyFilters, useStatusPartyFilters } from '../../../components/StatusPartyFilters';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SALES_EDITORS, SO_STATUS_OPTIONS } from '../salesLabels';
import { NEW_SALES_ORDER_PATH } from '../salesPaths';
import { SalesOrdersTable } from './SalesOrdersTable';

/** Sales orders, newest first; the filters live in the address (?status=&customer=). */
export function SalesOrdersPage() {
  const canSell = useHasAnyRole(SALES_EDITORS);
  const filters = useStatusPartyFilters(SALES_ORDER_STATUSES, 'customer');
  const { status, party: customer } = filters;
  const orders = useSalesOrders({ status, customer });
  const customers = useCustomers();

  return (
    <>
      <PageHeader
        title="Orders"
        description="Customer orders for machines, from draft to delivered. Confirmed orders get delivery dates from the US plant and the import lanes."
        actions={
          canSell && (
            <Button
              component={Link}
              to={NEW_SALES_ORDER_PATH}
              leftSection={<IconPlus size={16} />}
              data-testid="new-sales-order"
            >
              New order
            </Button>
          )
        }
      />
      <StatusPartyFilters
        filters={filters}
        statusOptions={SO_STATUS_OPTIONS}
        parties={customers.data?.items ?? []}
        partyNoun="customer"
        statusTestId="so-status-filter"
        partyTestId="so-customer-filter"
      />
      {orders.error && <ProblemAlert error={orders.error} title="Orders could not be loaded" />}
      <Paper withBorder radius="md" mt={orders.error ? 'md' : 0}>
        <SalesOrdersTable orders={orders.data?.items ?? []} loading={orders.isPending} />
      </Paper>
    </>
  );
}
