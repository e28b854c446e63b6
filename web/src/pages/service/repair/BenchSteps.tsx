import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlayerPlay, IconStethoscope } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useBenchStep } from '../../../api/depot';
import type { BenchStepResult, BenchUnit } from '../../../api/depotTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RMA_STATUS_LABELS } from '../serviceLabels';
import { rmaPath } from '../servicePaths';
import { DiagnosisForm } from './DiagnosisForm';
import { PartSwapForm } from './PartSwapForm';
import { RetestForm } from './RetestForm';
import { ToPoolForm } from './ToPoolForm';

interface BenchStepsProps {
  unit: BenchUnit;
  chipsPerBoard: number | null;
  /** The answer of a diagnosis or a retest to show; null clears it when a new step starts. */
  onResult: (result: BenchStepResult | null) => void;
  /** The machine shipped ahead in its place (from the RMA: the bench view does not carry it). */
  replacementSerial: string | null;
}

/** The next bench step the machine's status allows: one screen, one thing to do. */
export function BenchSteps({ unit, chipsPerBoard, onResult, replacementSerial }: BenchStepsProps) {
  const step = useBenchStep(unit.unitId);
  const start = (name: 'start-diagnosis' | 'start-test') =>
    step.mutate({ step: name, body: {} }, { onSuccess: () => onResult(null) });
  const rmaLink = (
    <Anchor component={Link} to={rmaPath(unit.rma)} size="sm">
      {unit.rma}
    </Anchor>
  );

  switch (unit.status) {
    case 'received':
      return (
        <Stack gap="xs">
          <Group>
            <Button
              leftSection={<IconStethoscope size={16} />}
              loading={step.isPending}
              onClick={() => start('start-diagnosis')}
              data-testid="bench-start-diagnosis"
            >
              Start diagnosis
            </Button>
          </Group>
          <ProblemAlert error={step.error} title="Not started" />
        </Stack>
      );
    case 'diagnosing':
      return <DiagnosisForm unit={unit} onResult={onResult} />;
    case 'repairing':
      return (
        <Stack gap="md">
          <PartSwapForm unit={unit} />
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" c="dimmed">
              Repaired? Put it on the test rig.
            </Text>
            <Button
              leftSection={<IconPlayerPlay size={16} />}
              loading={step.isPending}
              onClick={() => start('start-test')}
              data-testid="bench-start-test"
            >
              Start test
            </Button>
          </Group>
          <ProblemAlert error={step.error} title="Not started" />
        </Stack>
      );
    case 'testing':
      return <RetestForm unit={unit} chipsPerBoard={chipsPerBoard} onResult={onResult} />;
    case 'awaiting_quote_approval':
      return (
        <Alert color="orange" variant="light" data-testid="bench-waiting">
          Waiting for the customer to approve or decline the quote on {rmaLink}; the SLA clock is
          paused.
        </Alert>
      );
    case 'ready_to_ship':
      if (replacementSerial)
        return <ToPoolForm unit={unit} replacementSerial={replacementSerial} />;
      return (
        <Alert color="teal" variant="light" data-testid="bench-waiting">
          Ready to ship: ship it back from {rmaLink}.
        </Alert>
      );
    default:
      return (
        <Alert color="gray" variant="light" data-testid="bench-waiting">
          {RMA_STATUS_LABELS[unit.status]}: nothing to do on the bench. See {rmaLink}.
        </Alert>
      );
  }
}
