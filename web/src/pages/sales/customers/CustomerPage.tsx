import { useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Skeleton, Stack, Title } from '@mantine/core';
import { IconMapPinPlus, IconUserPlus } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useCustomer } from '../../../api/sales';
import type { CustomerDetail } from '../../../api/salesTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { BackLink } from '../../../components/BackLink';
import { Chart } from '../../../components/charts/Chart';
import { Fact } from '../../../components/Fact';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { SALES_EDITORS } from '../salesLabels';
import { CUSTOMERS_PATH, SALES_ORDERS_PATH } from '../salesPaths';
import { ContactFormModal } from './ContactFormModal';
import { ContactsTable } from './ContactsTable';
import { SiteFormModal } from './SiteFormModal';
import { sitesMapOption } from './sitesMapOption';
import { SitesTable } from './SitesTable';

/** One customer (`/sales/customers/:customer`, by code or id): facts, sites on a map, contacts. */
export function CustomerPage() {
  const key = useParams().customer ?? '';
  const customer = useCustomer(key);
  const back = <BackLink to={CUSTOMERS_PATH} label="Customers" />;
  if (customer.error)
    return (
      <>
        {back}
        <ProblemAlert error={customer.error} title="Customer could not be loaded" />
      </>
    );
  if (customer.isPending)
    return (
      <>
        {back}
        <Skeleton height={320} radius="md" />
      </>
    );
  return (
    <>
      {back}
      <CustomerDetailView customer={customer.data} />
    </>
  );
}

function CustomerDetailView({ customer }: { customer: CustomerDetail }) {
  const canSell = useHasAnyRole(SALES_EDITORS);
  const [adding, setAdding] = useState<'site' | 'contact' | null>(null);
  const powerMw = customer.sites.reduce((sum, site) => sum + site.powerMw, 0);
  return (
    <>
      <PageHeader
        title={customer.name}
        description={`${customer.code} · priority ${customer.priority}`}
        actions={
          <Button
            component={Link}
            to={`${SALES_ORDERS_PATH}?customer=${encodeURIComponent(customer.code)}`}
            variant="default"
          >
            Orders
          </Button>
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="customer-facts">
          <Fact label="Priority">{customer.priority} (1 is served first)</Fact>
          <Fact label="Fleet">{formatNumber(customer.fleetSize)} machines</Fact>
          <Fact label="Sites">
            {formatNumber(customer.sites.length)} · {formatNumber(powerMw)} MW
          </Fact>
          <Fact label="Customer since">{formatDateTime(customer.createdAt)}</Fact>
          {customer.note && <Fact label="Note">{customer.note}</Fact>}
        </SimpleGrid>
        <Stack gap="xs">
          <Group justify="space-between" align="flex-end">
            <Title order={4}>Sites</Title>
            {canSell && (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconMapPinPlus size={14} />}
                onClick={() => setAdding('site')}
                data-testid="add-site"
              >
                Add site
              </Button>
            )}
          </Group>
          <Paper withBorder radius="md">
            <SitesTable sites={customer.sites} />
          </Paper>
          {customer.sites.length > 0 && (
            <Paper withBorder radius="md" p="md">
              <Chart
                option={sitesMapOption(customer.sites)}
                height={340}
                ariaLabel={`Sites of ${customer.name} by longitude and latitude, sized by power`}
                data-testid="sites-map"
              />
            </Paper>
          )}
        </Stack>
        <Stack gap="xs">
          <Group justify="space-between" align="flex-end">
            <Title order={4}>Contacts</Title>
            {canSell && (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconUserPlus size={14} />}
                onClick={() => setAdding('contact')}
                data-testid="add-contact"
              >
                Add contact
              </Button>
            )}
          </Group>
          <Paper withBorder radius="md">
            <ContactsTable contacts={customer.contacts} />
          </Paper>
        </Stack>
      </Stack>
      <SiteFormModal
        customer={customer.code}
        opened={adding === 'site'}
        onClose={() => setAdding(null)}
      />
      <ContactFormModal
        customer={customer.code}
        opened={adding === 'contact'}
        onClose={() => setAdding(null)}
      />
    </>
  );
}
