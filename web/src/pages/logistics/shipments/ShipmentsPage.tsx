import { Button, Paper } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useShipments } from '../../../api/logistics';
import { useCustomers } from '../../../api/sales';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SHIPPERS } from '../logisticsLabels';
import { newShipmentPath } from '../logisticsPaths';
import { ShipmentFilters, useShipmentFilters } from './ShipmentFilters';
import { ShipmentsTable } from './ShipmentsTable';

/** Every shipment, newest first, from the plant and the import lanes. */
export function ShipmentsPage() {
  const canShip = useHasAnyRole(SHIPPERS);
  const filters = useShipmentFilters();
  const { status, kind, customer } = filters;
  const shipments = useShipments({ status, kind, customer });
  const customers = useCustomers();

  return (
    <>
      <PageHeader
        title="Shipments"
        description="Machines on their way to customer sites: trucked from the US plant, or imported and cleared through customs. Delivery dates are P50 / P90."
        actions={
          canShip && (
            <Button
              component={Link}
              to={newShipmentPath()}
              leftSection={<IconPlus size={16} />}
              data-testid="new-shipment"
            >
              New shipment
            </Button>
          )
        }
      />
      <ShipmentFilters filters={filters} customers={customers.data?.items ?? []} />
      {shipments.error && (
        <ProblemAlert error={shipments.error} title="Shipments could not be loaded" />
      )}
      <Paper withBorder radius="md" mt={shipments.error ? 'md' : 0}>
        <ShipmentsTable shipments={shipments.data?.items ?? []} loading={shipments.isPending} />
      </Paper>
    </>
  );
}
