import { Button, Group, Paper, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { useCustomers, useSalesOrders } from '../../../api/sales';
import { SALES_ORDER_STATUSES, type SalesOrderStatus } from '../../../api/salesTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SALES_EDITORS, SO_STATUS_OPTIONS } from '../salesLabels';
import { NEW_SALES_ORDER_PATH } from '../salesPaths';
import { SalesOrdersTable } from './SalesOrdersTable';

const isStatus = (value: string | null): value is SalesOrderStatus =>
  value !== null && (SALES_ORDER_STATUSES as readonly string[]).includes(value);

/** Sales orders, newest first; the filters live in the address (?status=&customer=). */
export function SalesOrdersPage() {
  const canSell = useHasAnyRole(SALES_EDITORS);
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get('status');
  const status = isStatus(rawStatus) ? rawStatus : null;
  const customer = params.get('customer');
  const orders = useSalesOrders({ status, customer });
  const customers = useCustomers();

  const setFilter = (key: 'status' | 'customer', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

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
      <Group gap="sm" mb="md" align="flex-end">
        <Select
          aria-label="Filter by status"
          placeholder="Every status"
          data={SO_STATUS_OPTIONS}
          value={status}
          onChange={(value) => setFilter('status', value)}
          clearable
          style={{ flex: '0 1 200px' }}
          data-testid="so-status-filter"
        />
        <Select
          aria-label="Filter by customer"
          placeholder="Every customer"
          data={(customers.data?.items ?? []).map((c) => ({
            value: c.code,
            label: `${c.code} · ${c.name}`,
          }))}
          value={customer}
          onChange={(value) => setFilter('customer', value)}
          searchable
          clearable
          style={{ flex: '0 1 320px' }}
          data-testid="so-customer-filter"
        />
      </Group>
      {orders.error && <ProblemAlert error={orders.error} title="Orders could not be loaded" />}
      <Paper withBorder radius="md" mt={orders.error ? 'md' : 0}>
        <SalesOrdersTable orders={orders.data?.items ?? []} loading={orders.isPending} />
      </Paper>
    </>
  );
}
