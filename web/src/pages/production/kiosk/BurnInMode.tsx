import { useState } from 'react';
import { Stack } from '@mantine/core';
import type { BurnInVerdict } from '../../../api/shopFloorTypes';
import { BurnInEntry } from './BurnInEntry';
import { BurnInVerdictCard } from './BurnInVerdictCard';
import { KioskInput } from './KioskInput';
import { notifyDone } from './notifyDone';
import { useKioskField } from './useKioskField';

interface BurnInModeProps {
  serial: string | null;
  setSerial: (serial: string | null) => void;
  station: string;
}

/** Burn-in rack: scan a unit, enter the run's measurements, see pass or fail with the reasons. */
export function BurnInMode({ serial, setSerial, station }: BurnInModeProps) {
  const field = useKioskField();
  const [verdict, setVerdict] = useState<BurnInVerdict | null>(null);

  const recorded = (result: BurnInVerdict) => {
    notifyDone(result.result === 'pass' ? 'Burn-in passed' : 'Burn-in failed', result.serial);
    setVerdict(result);
    setSerial(null);
    field.clear();
  };

  return (
    <Stack gap="lg">
      <KioskInput
        field={field}
        label="Unit serial"
        placeholder="Scan the unit on the rack"
        onSubmit={(value) => {
          if (!value) return;
          setVerdict(null);
          setSerial(value);
          field.clear();
        }}
        testId="kiosk-burn-in-serial"
        submitLabel="Open"
      />
      {verdict && <BurnInVerdictCard verdict={verdict} />}
      {serial && <BurnInEntry serial={serial} station={station} onRecorded={recorded} />}
    </Stack>
  );
}
