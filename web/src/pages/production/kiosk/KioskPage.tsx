import { Alert, SegmentedControl, Stack } from '@mantine/core';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { PageHeader } from '../../../components/PageHeader';
import { LINE_ROLES } from '../productionLabels';
import { BuildHashboardMode } from './BuildHashboardMode';
import { BurnInMode } from './BurnInMode';
import { FinalAssemblyMode } from './FinalAssemblyMode';
import { KIOSK_MODE_LABELS, KIOSK_MODES, type KioskMode } from './kioskModes';
import { ScanMode } from './ScanMode';
import { StationInput } from './StationInput';
import { useKioskParams } from './useKioskParams';
import { useStation } from './useStation';

const MODE_OPTIONS = KIOSK_MODES.map((value) => ({ value, label: KIOSK_MODE_LABELS[value] }));

/**
 * The shop-floor kiosk (`/production/kiosk`): large, touch- and scanner-friendly. Scan a serial
 * for its next step, or work one station: build hashboards, assemble units, record burn-in.
 */
export function KioskPage() {
  const params = useKioskParams();
  const [station, setStation] = useStation();
  const canAct = useHasAnyRole(LINE_ROLES);
  const mode = canAct ? params.mode : 'scan';

  return (
    <>
      <PageHeader
        title="Shop floor"
        description="Scan a serial to see what it is and its next step, or pick your station's job. Everything done here is recorded with the station."
        actions={<StationInput station={station} onChange={setStation} />}
      />
      <Stack gap="lg">
        {canAct ? (
          <SegmentedControl
            data={MODE_OPTIONS}
            value={mode}
            onChange={(next) => params.setMode(next as KioskMode)}
            size="lg"
            fullWidth
            aria-label="Kiosk mode"
            data-testid="kiosk-mode"
          />
        ) : (
          <Alert color="blue" variant="light">
            Scanning shows each serial&rsquo;s next step. Recording work needs the Production or
            Planner role.
          </Alert>
        )}
        {mode === 'scan' && (
          <ScanMode
            serial={params.serial}
            setSerial={params.setSerial}
            station={station}
            canAct={canAct}
            onGo={(next, serial) => params.setMode(next, serial ?? null)}
          />
        )}
        {mode === 'hashboard' && (
          <BuildHashboardMode
            workOrder={params.workOrder}
            setWorkOrder={params.setWorkOrder}
            station={station}
          />
        )}
        {mode === 'assembly' && (
          <FinalAssemblyMode
            workOrder={params.workOrder}
            setWorkOrder={params.setWorkOrder}
            station={station}
          />
        )}
        {mode === 'burn-in' && (
          <BurnInMode serial={params.serial} setSerial={params.setSerial} station={station} />
        )}
      </Stack>
    </>
  );
}
