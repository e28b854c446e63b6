import { Anchor, Paper, SimpleGrid, Skeleton, Stack, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useUnit } from '../../../api/production';
import type { Unit } from '../../../api/productionTypes';
import { BackLink } from '../../../components/BackLink';
import { Fact } from '../../../components/Fact';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatCents } from '../../../lib/format';
import { UNIT_KIND_LABELS } from '../productionLabels';
import { OperationsTable } from '../OperationsTable';
import { TRACEABILITY_PATH, unitPath, workOrderPath } from '../productionPaths';
import { UnitStatusBadge } from '../UnitStatusBadge';
import { BurnInSection } from './BurnInSection';
import { GenealogyTree } from './GenealogyTree';
import { UnitLookup } from './UnitLookup';

/**
 * One unit or hashboard (`/production/units/:serial`): its facts, genealogy, burn-in record and
 * shop-floor operations.
 */
export function UnitPage() {
  const serial = useParams().serial ?? '';
  const unit = useUnit(serial);
  const lookup = (
    <Paper withBorder radius="md" p="md" maw={520}>
      <UnitLookup key={serial} initial={serial} />
    </Paper>
  );
  return (
    <>
      <BackLink to={TRACEABILITY_PATH} label="Traceability" />
      {unit.error ? (
        <Stack gap="md">
          <PageHeader title={serial} />
          <ProblemAlert error={unit.error} title="Unit not found" data-testid="unit-error" />
          {lookup}
        </Stack>
      ) : unit.isPending ? (
        <Skeleton height={360} radius="md" />
      ) : (
        <Stack gap="lg">
          <UnitDetail unit={unit.data} />
          {lookup}
        </Stack>
      )}
    </>
  );
}

function UnitDetail({ unit }: { unit: Unit }) {
  return (
    <Stack gap="lg" data-testid="unit-detail">
      <PageHeader
        title={unit.serial}
        description={`${UNIT_KIND_LABELS[unit.kind]} · ${unit.modelName} · ${unit.partNumber}`}
      />
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm">
        <Fact label="Model" data-testid="unit-model">
          {unit.modelName}
        </Fact>
        <Fact label="Status">
          <UnitStatusBadge status={unit.status} testId="unit-status" />
        </Fact>
        <Fact label="Work order">
          <Anchor component={Link} to={workOrderPath(unit.workOrder)} size="sm" ff="monospace">
            {unit.workOrder}
          </Anchor>
        </Fact>
        <Fact label="Built on">
          {unit.builtOn}
          {unit.station ? ` · ${unit.station}` : ''}
        </Fact>
        <Fact label="Value" data-testid="unit-value">
          {formatCents(unit.valueCents)}
        </Fact>
        {unit.installedIn && (
          <Fact label="Installed in">
            <Anchor component={Link} to={unitPath(unit.installedIn)} size="sm" ff="monospace">
              {unit.installedIn}
            </Anchor>
          </Fact>
        )}
      </SimpleGrid>
      <Stack gap="xs">
        <Title order={4}>Genealogy</Title>
        <Paper withBorder radius="md" p="md">
          <GenealogyTree unit={unit} />
        </Paper>
      </Stack>
      {unit.kind === 'unit' && <BurnInSection runs={unit.burnIn} />}
      <OperationsTable operations={unit.operations} />
    </Stack>
  );
}
