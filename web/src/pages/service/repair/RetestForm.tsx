import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFlame } from '@tabler/icons-react';
import { useBenchStep } from '../../../api/depot';
import type { BenchStepResult, BenchUnit } from '../../../api/depotTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatNumber } from '../../../lib/format';
import { whenDone } from '../../../lib/whenDone';
import { RetestBoardsFields } from './RetestBoardsFields';
import {
  boardsHashrateThs,
  retestDraftFor,
  toRetestInput,
  type NumberField,
  type RetestDraft,
} from './retestDraft';

type UnitField = Exclude<keyof RetestDraft, 'boards'>;

const FIELDS: { key: UnitField; label: string; decimals?: number }[] = [
  { key: 'durationMin', label: 'Duration (min)' },
  { key: 'hashrateThs', label: 'Hashrate (TH/s)', decimals: 3 },
  { key: 'powerW', label: 'Power (W)' },
  { key: 'maxChipTempC', label: 'Max chip temp (°C)' },
  { key: 'minFanRpm', label: 'Min fan (rpm)' },
];

interface RetestFormProps {
  unit: BenchUnit;
  chipsPerBoard: number | null;
  onResult: (result: BenchStepResult) => void;
}

/** The retest's readings, judged by the model's burn-in thresholds: pass ships, fail repairs. */
export function RetestForm({ unit, chipsPerBoard, onResult }: RetestFormProps) {
  const step = useBenchStep(unit.unitId);
  const [draft, setDraft] = useState<RetestDraft>(() =>
    retestDraftFor(unit.nominal.boards, unit.components, chipsPerBoard),
  );
  const [incomplete, setIncomplete] = useState(false);
  const set = (key: UnitField, value: NumberField) => setDraft((d) => ({ ...d, [key]: value }));
  const boardsThs = boardsHashrateThs(draft);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = toRetestInput(draft);
    setIncomplete(!input);
    // The verdict moves the machine on and unmounts this form: the page shows it instead.
    if (input) whenDone(step.mutateAsync({ step: 'tests', body: input }), onResult);
  };

  return (
    <form onSubmit={submit} noValidate data-testid="retest-form">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Nominal {formatNumber(unit.nominal.hashrateThs)} TH/s on {unit.nominal.boards} boards
          {unit.nominal.fans ? ` with ${unit.nominal.fans} fans` : ''}. Attempt{' '}
          {unit.tests.length + 1}.
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm">
          {FIELDS.map((field) => (
            <NumberInput
              key={field.key}
              label={field.label}
              hideControls
              min={0}
              decimalScale={field.decimals ?? 0}
              allowDecimal={Boolean(field.decimals)}
              placeholder={
                field.key === 'hashrateThs' && boardsThs > 0
                  ? `${formatNumber(boardsThs)} (boards)`
                  : undefined
              }
              value={draft[field.key]}
              onChange={(value) => set(field.key, value)}
              data-testid={`retest-${field.key}`}
            />
          ))}
        </SimpleGrid>
        <RetestBoardsFields
          boards={draft.boards}
          onChange={(boards) => setDraft((d) => ({ ...d, boards }))}
        />
        {incomplete && (
          <Text c="red.7" size="sm" role="alert" data-testid="retest-incomplete">
            Fill in every reading (the machine&rsquo;s hashrate may stay empty: the boards add up).
          </Text>
        )}
        <ProblemAlert error={step.error} title="Test not recorded" />
        <Group justify="flex-end">
          <Button
            type="submit"
            leftSection={<IconFlame size={16} />}
            loading={step.isPending}
            data-testid="retest-submit"
          >
            Record test
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
