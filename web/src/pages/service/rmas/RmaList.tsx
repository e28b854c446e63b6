import { Button, Paper } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useRmas } from '../../../api/service';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { DESK_OR_CUSTOMER } from '../serviceLabels';
import { newRmaPath } from '../servicePaths';
import { RmaFilters, useRmaFilters } from './RmaFilters';
import { RmasTable } from './RmasTable';

interface RmaListProps {
  title: string;
  description: string;
  /** Where the RMA links and the new-RMA form live (staff list or "My RMAs"). */
  basePath: string;
  /** Staff filter by customer; null for a customer's own list. */
  customers: { code: string; name: string }[] | null;
}

/** The RMA list with its filters and "Open an RMA", for staff and customers alike. */
export function RmaList({ title, description, basePath, customers }: RmaListProps) {
  const mayOpen = useHasAnyRole(DESK_OR_CUSTOMER);
  const filters = useRmaFilters();
  const rmas = useRmas({
    status: filters.status,
    customer: customers ? filters.customer : null,
    breaching: filters.breaching,
  });
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={
          mayOpen && (
            <Button
              component={Link}
              to={newRmaPath(basePath)}
              leftSection={<IconPlus size={16} />}
              data-testid="new-rma"
            >
              Open an RMA
            </Button>
          )
        }
      />
      <RmaFilters filters={filters} customers={customers} />
      {rmas.error && <ProblemAlert error={rmas.error} title="RMAs could not be loaded" />}
      <Paper withBorder radius="md" mt={rmas.error ? 'md' : 0}>
        <RmasTable
          rmas={rmas.data?.items ?? []}
          loading={rmas.isPending}
          basePath={basePath}
          showCustomer={customers !== null}
        />
      </Paper>
    </>
  );
}
