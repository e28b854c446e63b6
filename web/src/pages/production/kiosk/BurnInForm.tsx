import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFlame } from '@tabler/icons-react';
import type { Unit } from '../../../api/productionTypes';
import type { BurnInVerdict } from '../../../api/shopFloorTypes';
import { useRecordBurnIn } from '../../../api/shopFloor';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatNumber } from '../../../lib/format';
import { BoardReadingsFields } from './BoardReadingsFields';
import {
  boardsHashrateThs,
  draftFor,
  toBurnInInput,
  type BurnInDraft,
  type NumberField,
} from './burnInDraft';

type UnitField = Exclude<keyof BurnInDraft, 'boards'>;

const FIELDS: { key: UnitField; label: string; decimals?: number }[] = [
  { key: 'durationMin', label: 'Duration (min)' },
  { key: 'hashrateThs', label: 'Hashrate (TH/s)', decimals: 3 },
  { key: 'powerW', label: 'Power (W)' },
  { key: 'maxChipTempC', label: 'Max chip temp (°C)' },
  { key: 'minFanRpm', label: 'Min fan (rpm)' },
];

interface BurnInFormProps {
  unit: Unit;
  chipsPerBoard: number | null;
  station: string;
  onRecorded: (verdict: BurnInVerdict) => void;
}

/** The measurements of one burn-in run of a unit, judged by the server on submit. */
export function BurnInForm({ unit, chipsPerBoard, station, onRecorded }: BurnInFormProps) {
  const record = useRecordBurnIn();
  const [draft, setDraft] = useState<BurnInDraft>(() => draftFor(unit.components, chipsPerBoard));
  const [incomplete, setIncomplete] = useState(false);
  const set = (key: UnitField, value: NumberField) => setDraft((d) => ({ ...d, [key]: value }));
  const boardsThs = boardsHashrateThs(draft);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = toBurnInInput(draft, station);
    setIncomplete(!input);
    if (!input) return;
    record.mutate({ serial: unit.serial, ...input }, { onSuccess: onRecorded });
  };

  return (
    <form onSubmit={submit} data-testid="kiosk-burn-in-form">
      <Stack gap="md">
        <Text fw={600} size="lg">
          Burn-in of{' '}
          <Text span ff="monospace" fw={700} inherit data-testid="kiosk-burn-in-unit">
            {unit.serial}
          </Text>{' '}
          · {unit.modelName}
          {unit.burnIn.length > 0 && ` · attempt ${unit.burnIn.length + 1}`}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm">
          {FIELDS.map((field) => (
            <NumberInput
              key={field.key}
              label={field.label}
              size="lg"
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
              data-testid={`kiosk-burn-in-${field.key}`}
            />
          ))}
        </SimpleGrid>
        <BoardReadingsFields
          boards={draft.boards}
          onChange={(boards) => setDraft((d) => ({ ...d, boards }))}
        />
        {incomplete && (
          <Text c="red.7" role="alert" data-testid="kiosk-burn-in-incomplete">
            Fill in every measurement (the unit&rsquo;s hashrate may stay empty: the boards add up).
          </Text>
        )}
        <ProblemAlert error={record.error} title="Burn-in not recorded" />
        <Group justify="flex-end">
          <Button
            type="submit"
            size="xl"
            leftSection={<IconFlame size={26} />}
            loading={record.isPending}
            data-testid="kiosk-burn-in-submit"
          >
            Record burn-in
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
