import { useState } from 'react';
import { Button, Group, NumberInput } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';

const DEFAULT_WEEKS = 52;
const MAX_WEEKS = 104;

interface RunMrpControlsProps {
  running: boolean;
  onRun: (weeks: number) => void;
}

/** How many weeks of the build plan to plan for, and the button that runs MRP over them. */
export function RunMrpControls({ running, onRun }: RunMrpControlsProps) {
  const [weeks, setWeeks] = useState<number | string>(DEFAULT_WEEKS);
  const valid = typeof weeks === 'number' && weeks >= 1 && weeks <= MAX_WEEKS;
  return (
    <Group gap="xs" wrap="nowrap">
      <NumberInput
        aria-label="Weeks to plan"
        value={weeks}
        onChange={setWeeks}
        min={1}
        max={MAX_WEEKS}
        clampBehavior="strict"
        allowDecimal={false}
        allowNegative={false}
        rightSection="weeks"
        rightSectionWidth={56}
        w={120}
        data-testid="mrp-weeks"
      />
      <Button
        leftSection={<IconPlayerPlay size={16} />}
        onClick={() => valid && onRun(weeks)}
        disabled={!valid}
        loading={running}
        data-testid="mrp-run"
      >
        Run MRP
      </Button>
    </Group>
  );
}
