import { useState } from 'react';
import { Alert, Button, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useSupplier } from '../../../api/supply';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { BackLink } from '../../../components/BackLink';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { originLabel } from '../../trade/tradeLabels';
import { RestrictedBadge } from '../RestrictedBadge';
import { SUPPLIER_EDITORS } from '../supplyLabels';
import { PriceBreakForm } from './PriceBreakForm';
import { PriceBreaksTable } from './PriceBreaksTable';
import { SupplierFacts } from './SupplierFacts';
import { SupplierFormModal, type SupplierEditing } from './SupplierFormModal';
import { PURCHASE_ORDERS_PATH, SUPPLIERS_PATH } from '../supplyPaths';

/** One supplier (`/supply/suppliers/:supplier`, by code or id): facts, warning, price breaks. */
export function SupplierPage() {
  const key = useParams().supplier ?? '';
  const supplier = useSupplier(key);
  const canEdit = useHasAnyRole(SUPPLIER_EDITORS);
  const [editing, setEditing] = useState<SupplierEditing | null>(null);
  const back = <BackLink to={SUPPLIERS_PATH} label="Suppliers" />;

  if (supplier.error)
    return (
      <>
        {back}
        <ProblemAlert error={supplier.error} title="Supplier could not be loaded" />
      </>
    );
  if (supplier.isPending)
    return (
      <>
        {back}
        <Skeleton height={320} radius="md" />
      </>
    );
  const data = supplier.data;
  return (
    <>
      {back}
      <PageHeader
        title={data.name}
        description={`${data.code} · ${originLabel(data.country)}`}
        actions={
          <>
            <Button
              component={Link}
              to={`${PURCHASE_ORDERS_PATH}?supplier=${encodeURIComponent(data.code)}`}
              variant="default"
            >
              Purchase orders
            </Button>
            {canEdit && (
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                onClick={() => setEditing({ kind: 'edit', supplier: data })}
                data-testid="edit-supplier"
              >
                Edit
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        {data.warning && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={<RestrictedBadge list={data.restrictedList} />}
            data-testid="supplier-warning"
          >
            {data.warning} Sending a purchase order to this supplier needs a confirmation, and who
            confirmed is kept on the order.
          </Alert>
        )}
        <SupplierFacts supplier={data} />
        <Stack gap="xs">
          <Title order={4}>Price breaks</Title>
          <Paper withBorder radius="md">
            <PriceBreaksTable supplier={data} canEdit={canEdit} />
          </Paper>
          {canEdit ? (
            <Paper withBorder radius="md" p="md">
              <PriceBreakForm supplier={data} />
            </Paper>
          ) : (
            <Text size="sm" c="dimmed">
              Buyers and trade staff set prices.
            </Text>
          )}
        </Stack>
      </Stack>
      <SupplierFormModal editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}
