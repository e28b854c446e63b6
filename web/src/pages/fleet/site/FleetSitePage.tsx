import { Paper, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useFleetSite } from '../../../api/fleet';
import type { FleetSiteDetail } from '../../../api/fleetTypes';
import { Chart } from '../../../components/charts/Chart';
import { PageHeader } from '../../../components/PageHeader';
import { RecordPage } from '../../../components/RecordPage';
import { ConnectCollector } from '../ConnectCollector';
import { FLEET_SITES_PATH } from '../fleetPaths';
import { ByModelTable } from './ByModelTable';
import { MachinesSection } from './MachinesSection';
import { SiteStats } from './SiteStats';
import { siteTrendChartOption } from './siteTrendChartOption';

/**
 * One site's fleet (`/fleet/sites/:id`): its figures, its models, the hashrate of the last day
 * and every machine its collector reported, filtered and sorted by the server.
 */
export function FleetSitePage() {
  const id = useParams().id ?? '';
  const site = useFleetSite(id);
  return (
    <RecordPage
      back={{ to: FLEET_SITES_PATH, label: 'Sites' }}
      query={site}
      errorTitle="Site could not be loaded"
    >
      {(data) => <SiteView detail={data} />}
    </RecordPage>
  );
}

function SiteView({ detail }: { detail: FleetSiteDetail }) {
  const { site, summary, trend } = detail;
  return (
    <>
      <PageHeader
        title={`${site.code} · ${site.name}`}
        description={`${site.customerName} · ${site.city}, ${site.state}`}
      />
      <Stack gap="lg">
        <SiteStats summary={summary} />
        {summary.machines === 0 ? (
          <ConnectCollector title="No machine at this site has reported yet" />
        ) : (
          <>
            {trend.length > 0 && (
              <Paper withBorder radius="md" p="md">
                <Text fw={600} mb="xs">
                  Hashrate, last 24 hours
                </Text>
                <Chart
                  option={siteTrendChartOption(trend)}
                  height={280}
                  ariaLabel="The site's hashrate and machines online over the last day"
                  data-testid="site-trend-chart"
                />
              </Paper>
            )}
            <Stack gap="xs">
              <Title order={4}>By model</Title>
              <Paper withBorder radius="md">
                <ByModelTable models={summary.byModel} />
              </Paper>
            </Stack>
            <MachinesSection siteId={site.id} models={summary.byModel} />
          </>
        )}
      </Stack>
    </>
  );
}
