import { useState, type ReactNode } from 'react';
import { Button, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBan, IconPlus } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useWarranty } from '../../../api/service';
import type { WarrantyDetail, WarrantyVoid } from '../../../api/serviceTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { Fact } from '../../../components/Fact';
import { PageHeader } from '../../../components/PageHeader';
import { RecordPage } from '../../../components/RecordPage';
import { EMPTY_VALUE, formatNumber } from '../../../lib/format';
import { EligibilityBadge } from '../EligibilityBadge';
import { DEPOT_BENCH, DESK_OR_CUSTOMER, POLICY_EDITORS } from '../serviceLabels';
import { newRmaPath, WARRANTY_PATH } from '../servicePaths';
import { useRmasPath } from '../useRmasPath';
import { coveredUntil } from './coveredUntil';
import { RepairedPartsTable, VoidsTable, WarrantyRmasTable } from './WarrantyHistoryTables';
import { WarrantyStateBadge } from './WarrantyStateBadge';
import { LiftVoidModal } from './LiftVoidModal';
import { VoidWarrantyModal } from './VoidWarrantyModal';

/** RMAs still in play: the machine cannot be returned again until they end. */
const FINISHED = new Set(['closed', 'rejected', 'cancelled']);

/** One machine's warranty (`/service/warranty/:serial`): cover, policy, voids, repairs, RMAs. */
export function WarrantyDetailPage() {
  const serial = useParams().serial ?? '';
  const warranty = useWarranty(serial);
  return (
    <RecordPage
      back={{ to: WARRANTY_PATH, label: 'Warranty' }}
      query={warranty}
      errorTitle="Warranty could not be loaded"
    >
      {(data) => <WarrantyDetailView warranty={data} />}
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

function WarrantyDetailView({ warranty: w }: { warranty: WarrantyDetail }) {
  const rmasPath = useRmasPath();
  const mayOpen = useHasAnyRole(DESK_OR_CUSTOMER);
  const mayVoid = useHasAnyRole(DEPOT_BENCH);
  // The server lets those who set the warranty policies lift a void.
  const mayLift = useHasAnyRole(POLICY_EDITORS);
  const [voiding, setVoiding] = useState(false);
  const [lifting, setLifting] = useState<WarrantyVoid | null>(null);
  const openRma = w.rmas.find((r) => !FINISHED.has(r.status));
  return (
    <>
      <PageHeader
        title={w.serial}
        description={`${w.model} · ${w.builtHere ? 'built here' : 'imported'} · ${w.customerCode} · ${w.siteCode}`}
        actions={
          <>
            {mayVoid && w.state !== 'void' && (
              <Button
                variant="default"
                color="red"
                leftSection={<IconBan size={16} />}
                onClick={() => setVoiding(true)}
                data-testid="warranty-void"
              >
                Void warranty
              </Button>
            )}
            {mayOpen && !openRma && (
              <Button
                component={Link}
                to={newRmaPath(rmasPath, w.serial)}
                leftSection={<IconPlus size={16} />}
                data-testid="warranty-open-rma"
              >
                Open an RMA
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" data-testid="warranty-facts">
          <Fact label="Cover">
            <WarrantyStateBadge state={w.state} />
          </Fact>
          <Fact label={`If returned on ${w.on}`}>
            <EligibilityBadge eligibility={w.eligibility} />
          </Fact>
          <Fact label="Covered until" data-testid="warranty-covered-until">
            {coveredUntil(w) ?? `Void since ${w.voids.at(-1)?.voidedOn ?? w.on}`}
          </Fact>
          <Fact label="Days left" data-testid="warranty-days-left">
            {formatNumber(Math.max(0, w.daysLeft))}
          </Fact>
          <Fact label="Dead on arrival until">
            {w.doaEndsOn}
            {w.doa ? ' (open)' : ''}
          </Fact>
          <Fact label="Starts">
            {w.startsOn} ({w.policy.startBasis === 'shipped' ? 'shipped' : 'delivered'})
          </Fact>
          <Fact label="Term ends">{w.endsOn}</Fact>
          <Fact label="Repair cover until">{w.repairCoverEndsOn ?? EMPTY_VALUE}</Fact>
          <Fact label="Shipped / delivered">
            {w.shippedOn} / {w.deliveredOn}
          </Fact>
          <Fact label="Policy">
            {w.policy.termDays} d · DOA {w.policy.doaDays} d · repairs {w.policy.repairedTermDays} d
          </Fact>
        </SimpleGrid>
        {openRma && (
          <Text size="sm" c="dimmed" data-testid="warranty-open-rma-note">
            Under {openRma.number}: it can be returned again once that RMA ends.
          </Text>
        )}
        <Section title="RMA history">
          <Paper withBorder radius="md">
            <WarrantyRmasTable rmas={w.rmas} basePath={rmasPath} />
          </Paper>
        </Section>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Section title="Voids">
            <Paper withBorder radius="md">
              <VoidsTable voids={w.voids} onLift={mayLift ? setLifting : null} />
            </Paper>
          </Section>
          <Section title="Repaired parts">
            <Paper withBorder radius="md">
              <RepairedPartsTable components={w.components} />
            </Paper>
          </Section>
        </SimpleGrid>
        <Section title="What voids the warranty">
          <List size="sm" data-testid="warranty-exclusions">
            {w.policy.exclusions.map((exclusion) => (
              <List.Item key={exclusion}>{exclusion}</List.Item>
            ))}
          </List>
        </Section>
      </Stack>
      <VoidWarrantyModal warranty={w} opened={voiding} onClose={() => setVoiding(false)} />
      <LiftVoidModal lifting={lifting} onClose={() => setLifting(null)} />
    </>
  );
}
