import { memo } from 'react';
import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useFleetSite, useMachineTable } from '../../../api/fleet';
import type { FleetSiteDetail } from '../../../api/fleetTypes';
import { Chart } from '../../../components/charts/Chart';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../lib/format';
import { RecordPage } from '../../../components/RecordPage';
import { ConnectCollector } from '../ConnectCollector';
import { formatAgo } from '../fleetFormat';
import { FLEET_SITES_PATH } from '../fleetPaths';
import { TicketRulesButton } from '../health/TicketRulesModal';
import { ByModelTable } from './ByModelTable';
import { SiteFaultsCard } from './SiteFaultsCard';
import { SiteStats } from './SiteStats';
import { siteTrendChartOption } from './siteTrendChartOption';
import { MachineTableSection } from './table/MachineTableSection';

/**
 * One site's fleet (`/fleet/sites/:id`): its figures, its open faults, its models, the hashrate
 * of the last day and every machine its collector reported, filtered and sorted in the browser;
 * the rules that turn its faults into tickets are a button away.
 */
export function FleetSitePage() {
  const id = useParams().id ?? '';
  const site = useFleetSite(id);
  // The machine table is the longest answer: asked for at once, beside the summary.
  useMachineTable(id);
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

/**
 * Kept as it is while only the address changes (a filter or sort of the machine table): the
 * figures and the chart do not redraw for it.
 */
const SiteView = memo(function SiteView({ detail }: { detail: FleetSiteDetail }) {
  const { site, summary, trend, faults, silentSince } = detail;
  const label = `${site.code} · ${site.name}`;
  return (
    <>
      <PageHeader
        title={label}
        description={`${site.customerName} · ${site.city}, ${site.state}`}
        actions={<TicketRulesButton siteId={site.id} siteLabel={label} />}
      />
      <Stack gap="lg">
        {silentSince !== null && (
          <Alert color="red" title="The site's collector is silent" data-testid="site-silent-alert">
            Nothing has come from this site since {formatDateTime(silentSince)} (
            {formatAgo(silentSince)}). Its machines are shown as they were then; check the collector
            and the site&apos;s uplink.
          </Alert>
        )}
        <SiteStats summary={summary} />
        {summary.machines > 0 && (
          <SiteFaultsCard siteId={site.id} faults={faults} machines={summary.machines} />
        )}
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
            <MachineTableSection siteId={site.id} summary={summary} />
          </>
        )}
      </Stack>
    </>
  );
});
