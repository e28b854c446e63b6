import { Skeleton, Stack } from '@mantine/core';
import { useScan } from '../../../api/shopFloor';
import type { KioskMode } from './kioskModes';
import { KioskInput } from './KioskInput';
import { notifyDone } from './notifyDone';
import { ScanResultCard } from './ScanResultCard';
import { useKioskField } from './useKioskField';

interface ScanModeProps {
  serial: string | null;
  setSerial: (serial: string | null) => void;
  station: string;
  canAct: boolean;
  onGo: (mode: KioskMode, serial?: string) => void;
}

/** Scan any unit or hashboard: what it is, its status, and the action for its next step. */
export function ScanMode({ serial, setSerial, station, canAct, onGo }: ScanModeProps) {
  const field = useKioskField();
  const scan = useScan(serial);

  const submit = (value: string) => {
    if (!value) return;
    if (value === serial) void scan.refetch();
    else setSerial(value);
    field.clear();
  };
  const done = (title: string) => {
    if (serial) notifyDone(title, serial);
    setSerial(null);
    field.clear();
  };

  return (
    <Stack gap="lg">
      <KioskInput
        field={field}
        label="Scan a serial"
        placeholder="Unit or hashboard serial"
        onSubmit={submit}
        error={scan.error}
        loading={scan.isFetching}
        testId="kiosk-scan"
      />
      {serial && scan.isPending && !scan.error && <Skeleton height={200} radius="md" />}
      {scan.data && (
        <ScanResultCard
          scan={scan.data}
          station={station}
          canAct={canAct}
          onDone={done}
          onGo={onGo}
        />
      )}
    </Stack>
  );
}
