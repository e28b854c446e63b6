import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconStack2 } from '@tabler/icons-react';
import type { BuildSheet, BuildSheetLine, Built } from '../../../api/shopFloorTypes';
import { useAssembleUnit, useBuildSheet } from '../../../api/shopFloor';
import { formatNumber } from '../../../lib/format';
import { BuiltList } from './BuiltList';
import { KioskInput } from './KioskInput';
import { notifyDone } from './notifyDone';
import { OpenWorkOrderSelect } from './OpenWorkOrderSelect';
import { ScannedList } from './ScannedList';
import { useAssemblyScans } from './useAssemblyScans';
import { useKioskField } from './useKioskField';

const RECENT = 10;

/** "3 × HB-S21 and 1 × PSU-APW17, 1 × CB-AM-2023 scanned; 4 × FAN-12038 from the line" */
function describeSheet(sheet: BuildSheet) {
  const list = (lines: BuildSheetLine[]) =>
    lines.map((l) => `${formatNumber(l.quantity)} × ${l.partNumber}`).join(', ');
  const scanned = [...(sheet.hashboard ? [sheet.hashboard] : []), ...sheet.scanned];
  return [
    scanned.length ? `${list(scanned)} scanned` : null,
    sheet.fromLine.length ? `${list(sheet.fromLine)} from the line` : null,
  ]
    .filter(Boolean)
    .join('; ');
}

interface FinalAssemblyModeProps {
  workOrder: string | null;
  setWorkOrder: (number: string | null) => void;
  station: string;
}

/**
 * Final assembly: scan the hashboards and the part serials (PSU, control board) in any order,
 * then they become a unit with a new serial.
 */
export function FinalAssemblyMode({ workOrder, setWorkOrder, station }: FinalAssemblyModeProps) {
  const field = useKioskField();
  const scans = useAssemblyScans();
  const assemble = useAssembleUnit();
  const sheet = useBuildSheet(workOrder).data;
  const [built, setBuilt] = useState<Built[]>([]);
  const wanted = sheet?.hashboard?.quantity ?? (sheet ? 0 : undefined);
  const wantedParts = sheet?.scanned.reduce((n, l) => n + l.quantity, 0);
  const { boards, parts } = scans;
  const ready =
    Boolean(sheet) && !scans.checking && boards.length === wanted && parts.length === wantedParts;

  const submitAssembly = () => {
    if (!workOrder) return scans.setError('Pick the work order first.');
    assemble.mutate(
      {
        workOrder,
        hashboards: boards.map((b) => b.serial),
        serials: parts.map((p) => p.serial),
        station: station || undefined,
      },
      {
        onSuccess: (unit) => {
          notifyDone('Unit assembled', unit.serial);
          setBuilt((list) => [unit, ...list].slice(0, RECENT));
          scans.clear();
          field.clear();
        },
      },
    );
  };

  const submit = (serial: string) => {
    assemble.reset();
    field.clear();
    if (serial) void scans.add(serial);
    else if (ready) submitAssembly();
  };

  return (
    <Stack gap="lg">
      <OpenWorkOrderSelect
        value={workOrder}
        onChange={(number) => {
          setWorkOrder(number);
          assemble.reset();
          field.focus();
        }}
      />
      <KioskInput
        field={field}
        label="Scan hashboards and part serials"
        placeholder="Hashboard, PSU or control board serial"
        description="Any order. Enter on an empty field assembles once every serial is in."
        onSubmit={submit}
        error={scans.error ?? assemble.error}
        busy={scans.checking}
        testId="kiosk-assembly-scan"
        submitLabel="Add"
      />
      <Group align="stretch" gap="md">
        <ScannedList
          title="Hashboards"
          items={boards}
          wanted={wanted}
          onRemove={scans.remove}
          testId="kiosk-assembly-boards"
        />
        <ScannedList
          title="Part serials"
          items={parts}
          wanted={wantedParts}
          onRemove={scans.remove}
          testId="kiosk-assembly-parts"
        />
      </Group>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="kiosk-assembly-sheet">
          {sheet && `${sheet.model} takes ${describeSheet(sheet)}.`}
        </Text>
        <Button
          size="xl"
          leftSection={<IconStack2 size={26} />}
          disabled={!ready}
          loading={assemble.isPending}
          onClick={submitAssembly}
          data-testid="kiosk-assemble"
        >
          Assemble unit
        </Button>
      </Group>
      <BuiltList title="Units assembled here" items={built} />
    </Stack>
  );
}
