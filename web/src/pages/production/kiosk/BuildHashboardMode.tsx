import { useState } from 'react';
import { Stack } from '@mantine/core';
import type { Built } from '../../../api/shopFloorTypes';
import { useBuildHashboard } from '../../../api/shopFloor';
import { BuiltList } from './BuiltList';
import { ChipLotHints } from './ChipLotHints';
import { KioskInput } from './KioskInput';
import { notifyDone } from './notifyDone';
import { OpenWorkOrderSelect } from './OpenWorkOrderSelect';
import { useKioskField } from './useKioskField';
import { useWorkOrderModel } from './useWorkOrderModel';

const RECENT = 10;

interface BuildHashboardModeProps {
  workOrder: string | null;
  setWorkOrder: (number: string | null) => void;
  station: string;
}

/** SMT: a chip lot scanned for an open work order becomes a hashboard with a new serial. */
export function BuildHashboardMode({ workOrder, setWorkOrder, station }: BuildHashboardModeProps) {
  const field = useKioskField();
  const build = useBuildHashboard();
  const { order, model } = useWorkOrderModel(workOrder);
  const [built, setBuilt] = useState<Built[]>([]);
  const [missing, setMissing] = useState<string | null>(null);

  const submit = (chipLot: string) => {
    setMissing(null);
    if (!workOrder) return setMissing('Pick the work order first.');
    if (!chipLot) return setMissing('Scan the chip lot on the reel.');
    build.mutate(
      { workOrder, chipLot, station: station || undefined },
      {
        onSuccess: (board) => {
          notifyDone('Hashboard built', board.serial);
          setBuilt((list) => [board, ...list].slice(0, RECENT));
          field.clear();
        },
      },
    );
  };

  return (
    <Stack gap="lg">
      <OpenWorkOrderSelect
        value={workOrder}
        onChange={(number) => {
          setWorkOrder(number);
          build.reset();
          field.focus();
        }}
      />
      <KioskInput
        field={field}
        label="Chip lot"
        placeholder="Scan the chip lot"
        onSubmit={submit}
        error={missing ?? build.error}
        loading={build.isPending}
        testId="kiosk-chip-lot-input"
        submitLabel="Build"
      />
      {order && model?.chip && (
        <ChipLotHints
          lineLocationId={order.lineLocationId}
          chip={model.chip}
          onPick={(lot) => {
            field.setValue(lot);
            field.focus();
          }}
        />
      )}
      <BuiltList title="Hashboards built here" items={built} />
    </Stack>
  );
}
