import { useState } from 'react';
import { Alert, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBox } from '@tabler/icons-react';
import type { BenchUnit } from '../../../api/depotTypes';
import type { RefurbGrade } from '../../../api/fieldTypes';
import { useToPool } from '../../../api/refurb';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { whenDone } from '../../../lib/whenDone';

interface ToPoolFormProps {
  unit: BenchUnit;
  /** The refurbished machine the customer got ahead, and keeps. */
  replacementSerial: string;
}

/**
 * A repaired machine whose customer kept its replacement does not ship back: it is graded and
 * joins the refurbished pool, and its RMA line closes.
 */
export function ToPoolForm({ unit, replacementSerial }: ToPoolFormProps) {
  const toPool = useToPool(unit.unitId);
  const [grade, setGrade] = useState<RefurbGrade>('A');
  const submit = () =>
    whenDone(toPool.mutateAsync(grade), () =>
      notifications.show({
        color: 'green',
        title: `${unit.serial} into the pool`,
        message: `Grade ${grade}: it can be shipped ahead for the next repair.`,
      }),
    );

  return (
    <Stack gap="sm" data-testid="to-pool-form">
      <Alert color="teal" variant="light">
        The customer kept <b>{replacementSerial}</b>, shipped ahead: this machine goes into the
        refurbished pool instead of back to the site.
      </Alert>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Grade
          </Text>
          <SegmentedControl
            data={[
              { value: 'A', label: 'A · like new' },
              { value: 'B', label: 'B · cosmetic wear' },
            ]}
            value={grade}
            onChange={(v) => setGrade(v as RefurbGrade)}
            data-testid="to-pool-grade"
          />
        </Stack>
        <Button
          leftSection={<IconBox size={16} />}
          loading={toPool.isPending}
          onClick={submit}
          data-testid="to-pool-submit"
        >
          Into the refurbished pool
        </Button>
      </Group>
      <ProblemAlert error={toPool.error} title="Not moved to the pool" />
    </Stack>
  );
}
