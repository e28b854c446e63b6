import { Button, Group } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useRecordOperation } from '../../../api/shopFloor';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { operationLabel } from '../operationLabels';

interface OperationButtonsProps {
  serial: string;
  operation: string;
  station: string;
  onDone: (title: string) => void;
}

/** Record the routing operation due on a scanned serial: done (the big button) or failed. */
export function OperationButtons({ serial, operation, station, onDone }: OperationButtonsProps) {
  const record = useRecordOperation();
  const label = operationLabel(operation);
  const mark = (outcome: 'done' | 'failed') =>
    record.mutate(
      { serial, operation, outcome, station: station || undefined },
      { onSuccess: () => onDone(`${label} ${outcome === 'done' ? 'done' : 'failed'}`) },
    );
  return (
    <>
      <ProblemAlert error={record.error} title={`${label} not recorded`} />
      <Group gap="md" grow>
        <Button
          size="xl"
          color="green"
          leftSection={<IconCheck size={26} />}
          loading={record.isPending && record.variables?.outcome === 'done'}
          disabled={record.isPending}
          onClick={() => mark('done')}
          data-testid="kiosk-op-done"
        >
          {label} done
        </Button>
        <Button
          size="xl"
          color="red"
          variant="outline"
          leftSection={<IconX size={26} />}
          loading={record.isPending && record.variables?.outcome === 'failed'}
          disabled={record.isPending}
          onClick={() => mark('failed')}
          style={{ flexGrow: 0, flexBasis: '30%' }}
          data-testid="kiosk-op-failed"
        >
          Failed
        </Button>
      </Group>
    </>
  );
}
