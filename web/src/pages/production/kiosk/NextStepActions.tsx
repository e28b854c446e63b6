import { useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { IconFlame, IconStack2, IconTool, IconTrashX } from '@tabler/icons-react';
import type { ScanResult } from '../../../api/shopFloorTypes';
import type { KioskMode } from './kioskModes';
import { OperationButtons } from './OperationButtons';
import { ReworkForm } from './ReworkForm';
import { ScrapForm } from './ScrapForm';

/** The server scraps only what has not passed and is not inside a unit. */
const SCRAPPABLE = ['built', 'failed'];

interface NextStepActionsProps {
  scan: ScanResult;
  station: string;
  onDone: (title: string) => void;
  onGo: (mode: KioskMode, serial?: string) => void;
}

/** The one big action for a scanned serial's next step, with rework and scrap beside it. */
export function NextStepActions({ scan, station, onDone, onGo }: NextStepActionsProps) {
  const [panel, setPanel] = useState<'rework' | 'scrap' | null>(null);
  const { step, operation } = scan.next;
  const close = () => setPanel(null);

  if (panel === 'rework')
    return (
      <ReworkForm
        serial={scan.serial}
        kind={scan.kind}
        station={station}
        onDone={onDone}
        onCancel={close}
      />
    );
  if (panel === 'scrap') return <ScrapForm serial={scan.serial} onDone={onDone} onCancel={close} />;

  const burnIn = (label: string, primary: boolean) => (
    <Button
      size={primary ? 'xl' : 'lg'}
      variant={primary ? 'filled' : 'default'}
      leftSection={<IconFlame size={primary ? 26 : 20} />}
      onClick={() => onGo('burn-in', scan.serial)}
      data-testid="kiosk-go-burn-in"
    >
      {label}
    </Button>
  );
  const rework = (primary: boolean) => (
    <Button
      size={primary ? 'xl' : 'lg'}
      color="orange"
      variant={primary ? 'filled' : 'light'}
      leftSection={<IconTool size={primary ? 26 : 20} />}
      onClick={() => setPanel('rework')}
      data-testid="kiosk-rework"
    >
      Rework
    </Button>
  );

  return (
    <Stack gap="md">
      {step === 'operation' && operation && (
        <OperationButtons
          serial={scan.serial}
          operation={operation}
          station={station}
          onDone={onDone}
        />
      )}
      <Group gap="md">
        {step === 'burn_in' && burnIn('Enter burn-in', true)}
        {step === 'retest' && rework(true)}
        {step === 'retest' && burnIn('Record a retest', false)}
        {step === 'rework' && rework(true)}
        {step === 'install_in_unit' && (
          <Button
            size="xl"
            leftSection={<IconStack2 size={26} />}
            onClick={() => onGo('assembly')}
            data-testid="kiosk-go-assembly"
          >
            Go to final assembly
          </Button>
        )}
        {SCRAPPABLE.includes(scan.status) && (
          <Button
            size="lg"
            color="red"
            variant="subtle"
            leftSection={<IconTrashX size={20} />}
            onClick={() => setPanel('scrap')}
            data-testid="kiosk-scrap"
          >
            Scrap
          </Button>
        )}
      </Group>
    </Stack>
  );
}
