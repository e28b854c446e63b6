import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { IconTrashX } from '@tabler/icons-react';
import { useScrapUnit } from '../../../api/shopFloor';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { ReasonSelect } from './ReasonSelect';

const FIELDS = ['reason', 'note'] as const;

interface ScrapFormProps {
  serial: string;
  onDone: (title: string) => void;
  onCancel: () => void;
}

/** Scrap a unit or board that has not passed: it leaves the line for good. */
export function ScrapForm({ serial, onDone, onCancel }: ScrapFormProps) {
  const scrap = useScrapUnit();
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const errors = splitFieldErrors(scrap.error, FIELDS);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason) return;
    scrap.mutate(
      { serial, reason, note: note.trim() || undefined },
      { onSuccess: () => onDone('Scrapped') },
    );
  };

  return (
    <form onSubmit={submit} data-testid="kiosk-scrap-form">
      <Stack gap="sm">
        <ProblemAlert error={scrap.error} title="Not scrapped" fieldErrors={errors.other} />
        <ReasonSelect
          kind="scrap"
          value={reason}
          onChange={setReason}
          error={errors.byField.reason}
          testId="kiosk-scrap-reason"
        />
        <TextInput
          label="Note"
          size="lg"
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={errors.byField.note}
          data-testid="kiosk-scrap-note"
        />
        <Group justify="flex-end">
          <Button variant="default" size="lg" onClick={onCancel}>
            Cancel
          </Button>
          <Button
            type="submit"
            size="lg"
            color="red"
            leftSection={<IconTrashX size={20} />}
            loading={scrap.isPending}
            disabled={!reason}
            data-testid="kiosk-scrap-submit"
          >
            Scrap {serial}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
