import { Paper } from '@mantine/core';
import { useShipments } from '../../../api/logistics';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { MY_ORDERS_PATH } from '../../sales/salesPaths';
import { MY_SHIPMENTS_PATH } from '../logisticsPaths';
import { ShipmentFilters, useShipmentFilters } from './ShipmentFilters';
import { ShipmentsTable } from './ShipmentsTable';

/** A customer user's own shipments (the server returns only theirs); each opens its tracking. */
export function MyShipmentsPage() {
  const filters = useShipmentFilters();
  const shipments = useShipments({ status: filters.status, kind: filters.kind });
  return (
    <>
      <PageHeader
        title="My shipments"
        description="Machines on their way to your sites. Open one to follow it, download its papers and confirm what arrived."
      />
      <ShipmentFilters filters={filters} customers={null} />
      {shipments.error && (
        <ProblemAlert error={shipments.error} title="Shipments could not be loaded" />
      )}
      <Paper withBorder radius="md" mt={shipments.error ? 'md' : 0}>
        <ShipmentsTable
          shipments={shipments.data?.items ?? []}
          loading={shipments.isPending}
          basePath={MY_SHIPMENTS_PATH}
          ordersPath={MY_ORDERS_PATH}
          showCustomer={false}
        />
      </Paper>
    </>
  );
}
