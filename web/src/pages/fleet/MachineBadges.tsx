import { Badge, Group } from '@mantine/core';
import type { FleetMachine } from '../../api/fleetTypes';

/** Online in green; offline in red, so a dead machine stands out in a long list. */
export function MachineStatusBadge({ online }: { online: boolean }) {
  return (
    <Badge
      color={online ? 'green' : 'red'}
      variant={online ? 'light' : 'filled'}
      size="sm"
      data-testid="machine-status"
      data-online={online}
    >
      {online ? 'Online' : 'Offline'}
    </Badge>
  );
}

/** What is odd about a machine's identity: not built here, hashboards from other units. */
export function MachineFlags({ machine }: { machine: FleetMachine }) {
  const swapped = machine.swappedBoards.length;
  if (machine.unitId !== null && swapped === 0) return null;
  return (
    <Group gap={4} wrap="nowrap">
      {machine.unitId === null && (
        <Badge color="orange" variant="light" size="sm" data-testid="machine-unknown">
          Not built here / unknown
        </Badge>
      )}
      {swapped > 0 && (
        <Badge
          color="grape"
          variant="light"
          size="sm"
          title={machine.swappedBoards.join(', ')}
          data-testid="machine-swapped"
        >
          {swapped} swapped {swapped === 1 ? 'board' : 'boards'}
        </Badge>
      )}
    </Group>
  );
}
