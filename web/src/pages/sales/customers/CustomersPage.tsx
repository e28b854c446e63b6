import { useState } from 'react';
import { Button, Paper } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useCustomers } from '../../../api/sales';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SALES_EDITORS } from '../salesLabels';
import { CustomerFormModal } from './CustomerFormModal';
import { CustomersTable } from './CustomersTable';

export function CustomersPage() {
  const canSell = useHasAnyRole(SALES_EDITORS);
  const customers = useCustomers();
  const [adding, setAdding] = useState(false);
  return (
    <>
      <PageHeader
        title="Customers"
        description="Mining operators we sell to, with their sites and contacts. Priority 1 is served first when supply is short."
        actions={
          canSell && (
            <Button
              leftSection={<IconUserPlus size={16} />}
              onClick={() => setAdding(true)}
              data-testid="new-customer"
            >
              Add customer
            </Button>
          )
        }
      />
      {customers.error && (
        <ProblemAlert error={customers.error} title="Customers could not be loaded" />
      )}
      <Paper withBorder radius="md" mt={customers.error ? 'md' : 0}>
        <CustomersTable customers={customers.data?.items ?? []} loading={customers.isPending} />
      </Paper>
      <CustomerFormModal opened={adding} onClose={() => setAdding(false)} />
    </>
  );
}
