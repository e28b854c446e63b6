import { Button, Group, Paper, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { usePurchaseOrders, useSuppliers } from '../../../api/supply';
import { PO_STATUSES, type PoStatus } from '../../../api/supplyTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { BUYERS, PO_STATUS_OPTIONS } from '../supplyLabels';
import { PURCHASE_ORDERS_PATH } from '../supplyPaths';
import { PurchaseOrdersTable } from './PurchaseOrdersTable';

const isStatus = (value: string | null): value is PoStatus =>
  value !== null && (PO_STATUSES as readonly string[]).includes(value);

/** Purchase orders, newest first; the filters live in the address (?status=&supplier=). */
export function PurchaseOrdersPage() {
  const canBuy = useHasAnyRole(BUYERS);
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get('status');
  const status = isStatus(rawStatus) ? rawStatus : null;
  const supplier = params.get('supplier');
  const orders = usePurchaseOrders({ status, supplier });
  const suppliers = useSuppliers();

  const setFilter = (key: 'status' | 'supplier', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title="Purchase orders"
        description="Orders to suppliers, from draft to received. Open one to approve, send, cancel or receive it."
        actions={
          canBuy && (
            <Button
              component={Link}
              to={`${PURCHASE_ORDERS_PATH}/new`}
              leftSection={<IconPlus size={16} />}
              data-testid="new-purchase-order"
            >
              New purchase order
            </Button>
          )
        }
      />
      <Group gap="sm" mb="md" align="flex-end">
        <Select
          aria-label="Filter by status"
          placeholder="Every status"
          data={PO_STATUS_OPTIONS}
          value={status}
          onChange={(value) => setFilter('status', value)}
          clearable
          style={{ flex: '0 1 200px' }}
          data-testid="po-status-filter"
        />
        <Select
          aria-label="Filter by supplier"
          placeholder="Every supplier"
          data={(suppliers.data?.items ?? []).map((s) => ({
            value: s.code,
            label: `${s.code} · ${s.name}`,
          }))}
          value={supplier}
          onChange={(value) => setFilter('supplier', value)}
          searchable
          clearable
          style={{ flex: '0 1 320px' }}
          data-testid="po-supplier-filter"
        />
      </Group>
      {orders.error && (
        <ProblemAlert error={orders.error} title="Purchase orders could not be loaded" />
      )}
      <Paper withBorder radius="md" mt={orders.error ? 'md' : 0}>
        <PurchaseOrdersTable orders={orders.data?.items ?? []} loading={orders.isPending} />
      </Paper>
    </>
  );
}
