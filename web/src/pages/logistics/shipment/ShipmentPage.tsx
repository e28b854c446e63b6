import type { ReactNode } from 'react';
import { Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useLocation, useParams } from 'react-router';
import { useShipment } from '../../../api/logistics';
import type { ShipmentDetail } from '../../../api/logisticsTypes';
import { RecordPage } from '../../../components/RecordPage';
import { PageHeader } from '../../../components/PageHeader';
import { MY_SHIPMENTS_PATH, SHIPMENTS_PATH } from '../logisticsPaths';
import { DocumentLinks } from './DocumentLinks';
import { PalletsTable } from './PalletsTable';
import { SerialsTable } from './SerialsTable';
import { ShipmentActions } from './ShipmentActions';
import { ShipmentFacts } from './ShipmentFacts';
import { ShipmentHoldsTable } from './ShipmentHoldsTable';
import { ShipmentLinesTable } from './ShipmentLinesTable';
import { ShipmentTimeline } from './ShipmentTimeline';

/**
 * One shipment (`/logistics/shipments/:number`, or `/logistics/my-shipments/:number` for a
 * customer): facts, papers, timeline, holds, lines, pallets and serials, and the next steps.
 */
export function ShipmentPage() {
  const number = useParams().number ?? '';
  const mine = useLocation().pathname.startsWith(`${MY_SHIPMENTS_PATH}/`);
  const shipment = useShipment(number);
  const back = mine
    ? { to: MY_SHIPMENTS_PATH, label: 'My shipments' }
    : { to: SHIPMENTS_PATH, label: 'Shipments' };
  return (
    <RecordPage back={back} query={shipment} errorTitle="Shipment could not be loaded">
      {(data) => <ShipmentDetailView shipment={data} staff={!mine} />}
    </RecordPage>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={4}>{title}</Title>
      {children}
    </Stack>
  );
}

function ShipmentDetailView({ shipment, staff }: { shipment: ShipmentDetail; staff: boolean }) {
  return (
    <>
      <PageHeader
        title={shipment.number}
        description={`${shipment.customerName} · ${shipment.siteName}, ${shipment.siteState} · ${shipment.carrier}`}
        actions={<ShipmentActions shipment={shipment} />}
      />
      <Stack gap="lg">
        <ShipmentFacts shipment={shipment} staff={staff} />
        <DocumentLinks number={shipment.number} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Section title="Timeline">
            <Paper withBorder radius="md" p="md">
              <ShipmentTimeline events={shipment.events} />
            </Paper>
          </Section>
          <Section title="Pallets">
            <Paper withBorder radius="md">
              <PalletsTable packages={shipment.packages} />
            </Paper>
          </Section>
        </SimpleGrid>
        {shipment.holds.length > 0 && (
          <Section title="Customs holds">
            <Paper withBorder radius="md">
              <ShipmentHoldsTable holds={shipment.holds} />
            </Paper>
          </Section>
        )}
        <Section title="Lines">
          <Paper withBorder radius="md">
            <ShipmentLinesTable lines={shipment.lines} />
          </Paper>
        </Section>
        <Section title="Serials">
          <Paper withBorder radius="md">
            <SerialsTable
              serials={shipment.serials}
              linkUnits={staff && shipment.kind === 'domestic'}
            />
          </Paper>
        </Section>
      </Stack>
    </>
  );
}
