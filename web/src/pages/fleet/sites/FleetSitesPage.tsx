import { Paper, Stack } from '@mantine/core';
import { useFleetSites } from '../../../api/fleet';
import { useCurrentUser } from '../../../auth/CurrentUserContext';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ConnectCollector } from '../ConnectCollector';
import { SitesTable } from './SitesTable';

/**
 * Every site this user may see with what its collector last reported: machines online,
 * hashrate against what the models are rated for, efficiency, unknown machines and swapped
 * boards. A customer sees its own sites (the server scopes it).
 */
export function FleetSitesPage() {
  const isCustomer = useCurrentUser().roles.includes('customer');
  const sites = useFleetSites();
  const rows = sites.data?.items ?? [];
  const reported = rows.some((row) => row.summary.machines > 0);
  return (
    <>
      <PageHeader
        title="Fleet"
        description="The machines each site's collector reads over the network: online, hashrate against nominal, efficiency, machines not built here and swapped hashboards."
      />
      <Stack gap="lg">
        {sites.error && <ProblemAlert error={sites.error} title="Sites could not be loaded" />}
        {sites.data && !reported && <ConnectCollector />}
        <Paper withBorder radius="md">
          <SitesTable rows={rows} loading={sites.isPending} showCustomer={!isCustomer} />
        </Paper>
      </Stack>
    </>
  );
}
