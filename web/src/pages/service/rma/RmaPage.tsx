import type { ReactNode } from 'react';
import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useLocation, useParams } from 'react-router';
import { useFaultCodes, useRma } from '../../../api/service';
import type { RmaDetail } from '../../../api/serviceTypes';
import { PageHeader } from '../../../components/PageHeader';
import { RecordPage } from '../../../components/RecordPage';
import { MY_RMAS_PATH, RMAS_PATH } from '../servicePaths';
import { RmaActions } from './RmaActions';
import { RmaAttachments } from './RmaAttachments';
import { RmaFacts } from './RmaFacts';
import { RmaParcelsTable } from './RmaParcelsTable';
import { RmaTimeline } from './RmaTimeline';
import { RmaUnitsTable } from './RmaUnitsTable';
import { ShipAhead } from './ShipAhead';

/**
 * One RMA (`/service/rmas/:number`, or `/service/my-rmas/:number` for a customer): its
 * machines with their SLA clocks and quotes, the return instructions once approved, timeline,
 * parcels, attachments, and the next steps this user may take.
 */
export function RmaPage() {
  const number = useParams().number ?? '';
  const mine = useLocation().pathname.startsWith(`${MY_RMAS_PATH}/`);
  const rma = useRma(number);
  const back = mine ? { to: MY_RMAS_PATH, label: 'My RMAs' } : { to: RMAS_PATH, label: 'RMAs' };
  return (
    <RecordPage back={back} query={rma} errorTitle="RMA could not be loaded">
      {(data) => <RmaDetailView rma={data} staff={!mine} />}
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

/** Instructions matter while machines still have to be sent in. */
const SENDING = new Set(['approved', 'in_transit']);

function RmaDetailView({ rma, staff }: { rma: RmaDetail; staff: boolean }) {
  const codes = useFaultCodes().data?.items ?? [];
  const faultName = (code: string) => codes.find((c) => c.code === code)?.name ?? code;
  const sending = rma.units.some((u) => SENDING.has(u.status));
  return (
    <>
      <PageHeader
        title={rma.number}
        description={`${rma.customerName} · ${rma.siteName} · ${rma.tier} tier`}
        actions={
          <>
            <RmaActions rma={rma} />
            <ShipAhead rma={rma} />
          </>
        }
      />
      <Stack gap="lg">
        <RmaFacts rma={rma} staff={staff} />
        {rma.returnInstructions && (
          <Alert
            variant="light"
            color={sending ? 'blue' : 'gray'}
            icon={<IconInfoCircle size={18} />}
            title="Return instructions"
            data-testid="rma-instructions"
          >
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {rma.returnInstructions}
            </Text>
            <Text size="sm" mt="xs" fw={600}>
              Write {rma.number} on every carton.
            </Text>
          </Alert>
        )}
        {rma.note && (
          <Text size="sm" data-testid="rma-note">
            {rma.note}
          </Text>
        )}
        <Section title="Machines">
          <Paper withBorder radius="md">
            <RmaUnitsTable units={rma.units} faultName={faultName} linkBench={staff} />
          </Paper>
        </Section>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Section title="Parcels">
            <Paper withBorder radius="md">
              <RmaParcelsTable parcels={rma.parcels} />
            </Paper>
          </Section>
          <Section title="Photos and logs">
            <Paper withBorder radius="md" p="sm">
              <RmaAttachments rma={rma} />
            </Paper>
          </Section>
        </SimpleGrid>
        <Section title="Timeline">
          <Paper withBorder radius="md" p="md">
            <RmaTimeline events={rma.events} />
          </Paper>
        </Section>
      </Stack>
    </>
  );
}
