import { Alert, Skeleton } from '@mantine/core';
import { useMinerModels } from '../../../api/catalog';
import { useUnit } from '../../../api/production';
import type { BurnInVerdict } from '../../../api/shopFloorTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { unitStatusLabel } from '../productionLabels';
import { BurnInForm } from './BurnInForm';

/** Units take a burn-in while built (first run) or failed (retest). */
const TESTABLE = ['built', 'failed'];

interface BurnInEntryProps {
  serial: string;
  station: string;
  onRecorded: (verdict: BurnInVerdict) => void;
}

/** The burn-in form for a scanned unit, or why it cannot take one. */
export function BurnInEntry({ serial, station, onRecorded }: BurnInEntryProps) {
  const unit = useUnit(serial);
  const models = useMinerModels();
  if (unit.error)
    return (
      <ProblemAlert error={unit.error} title="Unit not found" data-testid="kiosk-burn-in-error" />
    );
  if (unit.isPending) return <Skeleton height={260} radius="md" />;
  const found = unit.data;
  if (found.kind !== 'unit')
    return (
      <Alert color="yellow" data-testid="kiosk-burn-in-error">
        {serial} is a hashboard: burn-in is recorded on the unit it goes into.
      </Alert>
    );
  if (!TESTABLE.includes(found.status))
    return (
      <Alert color="yellow" data-testid="kiosk-burn-in-error">
        {serial} is {unitStatusLabel(found.status).toLowerCase()}: no burn-in to record.
      </Alert>
    );
  const model = models.data?.items.find((m) => m.name === found.modelName);
  if (models.isPending) return <Skeleton height={260} radius="md" />;
  return (
    <BurnInForm
      key={`${found.serial}|${found.burnIn.length}`}
      unit={found}
      chipsPerBoard={model?.chipsPerBoard ?? null}
      station={station}
      onRecorded={onRecorded}
    />
  );
}
