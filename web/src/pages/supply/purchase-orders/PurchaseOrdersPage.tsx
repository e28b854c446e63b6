import { Button, Paper } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { usePurchaseOrders, useSuppliers } from '../../../api/supply';
import { PO_STATUSES } from '../../../api/supplyTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { PageHeader } from '../../../components/PageHeader';
import { StatusPartyFilters, useStatusPartyFilters } from '../../../components/StatusPartyFilters';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { BUYERS, PO_STATUS_OPTIONS } from '../supplyLabels';
import { PURCHASE_ORDERS_PATH } from '../supplyPaths';
import { PurchaseOrdersTable } from './PurchaseOrdersTable';

/** Purchase orders, newest first; the filters live in the address (?status=&supplier=). */
export function PurchaseOrdersPage() {
  const canBuy = useHasAnyRole(BUYERS);
  const filters = useStatusPartyFilters(PO_STATUSES, 'supplier');
  const { status, party: supplier } = filters;
  const orders = usePurchaseOrders({ status, supplier });
  const suppliers = useSuppliers();

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
      <StatusPartyFilters
        filters={filters}
        statusOptions={PO_STATUS_OPTIONS}
        parties={suppliers.data?.items ?? []}
        partyNoun="supplier"
        statusTestId="po-status-filter"
        partyTestId="po-supplier-filter"
      />
      {orders.error && (
        <ProblemAlert error={orders.error} title="Purchase orders could not be loaded" />
      )}
      <Paper withBorder radius="md" mt={orders.error ? 'md' : 0}>
        <PurchaseOrdersTable orders={orders.data?.items ?? []} loading={orders.isPending} />
      </Paper>
    </>
  );
}
