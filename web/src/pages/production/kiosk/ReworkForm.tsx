import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { IconTool } from '@tabler/icons-react';
import type { UnitKind } from '../../../api/productionTypes';
import { useReworkUnit } from '../../../api/shopFloor';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { BoardSwapFields, type BoardSwap } from './BoardSwapFields';
import { ReasonSelect } from './ReasonSelect';

const FIELDS = ['reason', 'note'] as const;

interface ReworkFormProps {
  serial: string;
  kind: UnitKind;
  station: string;
  onDone: (title: string) => void;
  onCancel: () => void;
}

/** Rework a failed unit or board with a reason; a unit may get boards swapped. */
export function ReworkForm({ serial, kind, station, onDone, onCancel }: ReworkFormProps) {
  const rework = useReworkUnit();
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [swaps, setSwaps] = useState<BoardSwap[]>([]);
  const errors = splitFieldErrors(rework.error, FIELDS);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason) return;
    const replace = swaps
      .filter((swap) => swap.remove && swap.install.trim())
      .map((swap) => ({ remove: swap.remove!, install: swap.install.trim() }));
    rework.mutate(
      {
        serial,
        reason,
        note: note.trim() || undefined,
        station: station || undefined,
        replace: replace.length ? replace : undefined,
      },
      { onSuccess: () => onDone('Reworked: back to built') },
    );
  };

  return (
    <form onSubmit={submit} data-testid="kiosk-rework-form">
      <Stack gap="sm">
        <ProblemAlert error={rework.error} title="Not reworked" fieldErrors={errors.other} />
        <ReasonSelect
          kind="rework"
          value={reason}
          onChange={setReason}
          error={errors.byField.reason}
          testId="kiosk-rework-reason"
        />
        <TextInput
          label="Note"
          placeholder="What was done"
          size="lg"
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={errors.byField.note}
          data-testid="kiosk-rework-note"
        />
        {kind === 'unit' && <BoardSwapFields serial={serial} swaps={swaps} onChange={setSwaps} />}
        <Group justify="flex-end">
          <Button variant="default" size="lg" onClick={onCancel}>
            Cancel
          </Button>
          <Button
            type="submit"
            size="lg"
            color="orange"
            leftSection={<IconTool size={20} />}
            loading={rework.isPending}
            disabled={!reason}
            data-testid="kiosk-rework-submit"
          >
            Record rework
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
