import { useState, type ReactNode } from 'react';
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useMinerModels } from '../../../api/catalog';
import { useBenchUnit } from '../../../api/depot';
import { useFaultCodes, useRma } from '../../../api/service';
import type { BenchStepResult, BenchUnit } from '../../../api/depotTypes';
import type { RmaStatus } from '../../../api/serviceTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { Fact } from '../../../components/Fact';
import { PageHeader } from '../../../components/PageHeader';
import { RecordPage } from '../../../components/RecordPage';
import { EMPTY_VALUE } from '../../../lib/format';
import { EligibilityBadge } from '../EligibilityBadge';
import { RmaStatusBadge } from '../RmaStatusBadge';
import { DEPOT_BENCH } from '../serviceLabels';
import { DEPOT_PATH, rmaPath } from '../servicePaths';
import { SlaClock } from '../SlaClock';
import { BenchSteps } from './BenchSteps';
import { ComponentsTable, PartsUsedTable, TestsTable } from './BenchTables';
import { StepResultCard } from './StepResultCard';

/**
 * One machine on the bench (`/service/depot/:id`): what it is and how it is covered, its SLA
 * clock, the next step for the technician, what is inside it, parts used and test attempts.
 */
export function RepairPage() {
  const id = useParams().id ?? '';
  const unit = useBenchUnit(id);
  return (
    <RecordPage
      back={{ to: DEPOT_PATH, label: 'Depot board' }}
      query={unit}
      errorTitle="Machine could not be loaded"
    >
      {(data) => <RepairView unit={data} />}
    </RecordPage>
  );
}

/** What the bench does next, by the machine's status. */
const STEP_TITLES: Partial<Record<RmaStatus, string>> = {
  received: 'Put it on the bench',
  diagnosing: 'Diagnosis',
  repairing: 'Repair',
  testing: 'Retest',
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={4}>{title}</Title>
      {children}
    </Stack>
  );
}

function RepairView({ unit }: { unit: BenchUnit }) {
  const bench = useHasAnyRole(DEPOT_BENCH);
  const codes = useFaultCodes().data?.items ?? [];
  const faultName = (code: string) => codes.find((c) => c.code === code)?.name ?? code;
  const model = useMinerModels().data?.items.find((m) => m.name === unit.model);
  // A replacement shipped ahead is on the RMA's line, not in the bench view.
  const replacementSerial =
    useRma(unit.rma).data?.units.find((u) => u.id === unit.unitId)?.replacementSerial ?? null;
  // The answer of the last step, shown until the next one (e.g. why a retest failed).
  const [result, setResult] = useState<BenchStepResult | null>(null);

  return (
    <>
      <PageHeader title={unit.serial} description={`${unit.model} · ${unit.rma}`} />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm" data-testid="bench-facts">
          <Fact label="Status">
            <RmaStatusBadge status={unit.status} testId="bench-status" />
          </Fact>
          <Fact label="RMA">
            <Anchor component={Link} to={rmaPath(unit.rma)} size="sm" ff="monospace">
              {unit.rma}
            </Anchor>
          </Fact>
          <Fact label="Cover">
            <EligibilityBadge eligibility={unit.eligibility} />
          </Fact>
          <Fact label="SLA">
            <SlaClock sla={unit.sla} />
          </Fact>
          <Fact label="Reported">{faultName(unit.reportedFault)}</Fact>
          {replacementSerial && (
            <Fact label="Replaced ahead by" data-testid="bench-replacement">
              {replacementSerial}
            </Fact>
          )}
          <Fact label="Found" data-testid="bench-diagnosis">
            {unit.diagnosis.length ? unit.diagnosis.map(faultName).join(', ') : EMPTY_VALUE}
          </Fact>
        </SimpleGrid>
        {result && <StepResultCard result={result} />}
        {bench ? (
          <Paper withBorder radius="md" p="md" data-testid="bench-steps">
            <Title order={5} mb="sm">
              {STEP_TITLES[unit.status] ?? 'Next step'}
            </Title>
            <BenchSteps
              unit={unit}
              chipsPerBoard={model?.chipsPerBoard ?? null}
              onResult={setResult}
              replacementSerial={replacementSerial}
            />
          </Paper>
        ) : (
          <Text size="sm" c="dimmed">
            The depot&rsquo;s technicians record the bench steps.
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Section title="Parts used">
            <Paper withBorder radius="md">
              <PartsUsedTable parts={unit.parts} />
            </Paper>
          </Section>
          <Section title="Tests">
            <Paper withBorder radius="md">
              <TestsTable tests={unit.tests} />
            </Paper>
          </Section>
        </SimpleGrid>
        <Section title="Inside the machine">
          {unit.builtHere ? (
            <Paper withBorder radius="md">
              <ComponentsTable components={unit.components} />
            </Paper>
          ) : (
            <Text size="sm" c="dimmed">
              Not built here: its components are not on record.
            </Text>
          )}
        </Section>
      </Stack>
    </>
  );
}
